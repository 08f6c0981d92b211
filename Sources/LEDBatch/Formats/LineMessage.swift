extension BatchDiagnoser {
    /// A message about one line, as an `Error` (for `Result`).
    struct LineMessage: Error, Sendable, Hashable {
        var text: String
        init(_ text: String) { self.text = text }
    }
}
