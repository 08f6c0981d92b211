/// The exit statuses leddiag documents (README, "Exit status").
enum ExitStatus {
    /// A diagnosis (or the command did what it was asked).
    static let success: Int32 = 0
    /// No rule matched / no episode found.
    static let noMatch: Int32 = 1
    /// Bad input, usage or catalog; an I/O error.
    static let usage: Int32 = 2
    /// A batch finished, but some lines were rejected.
    static let rejectedLines: Int32 = 3
    /// Interrupted (Ctrl-C).
    static let interrupted: Int32 = 130
}
