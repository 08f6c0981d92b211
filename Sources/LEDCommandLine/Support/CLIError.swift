import ArgumentParser

/// An error the command reports as it is, on stderr, with exit status 2.
struct CLIError: Error, CustomStringConvertible {
    /// The message.
    var description: String

    init(_ message: String) {
        self.description = message
    }
}
