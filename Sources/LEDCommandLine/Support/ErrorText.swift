import LEDDiagnostics
import LEDVideo

/// How the command line words errors: the library's errors carry data, and the words that point at
/// a command (`leddiag devices` lists them) are the command line's.
enum ErrorText {
    /// The message for `error`, as leddiag prints it on standard error.
    static func message(for error: any Error) -> String {
        if let error = error as? DiagnoseError { return message(for: error) }
        if let error = error as? VideoError { return message(for: error) }
        return "\(error)"
    }

    /// The message for a diagnosis that could not be made.
    static func message(for error: DiagnoseError) -> String {
        switch error {
        case .text, .canonical, .unknownLightAnswer:
            return error.description
        case .unknownDevice(let name, let suggestion):
            return unknown("device", name, suggestions: suggestion.map { [$0] } ?? [], listedBy: "leddiag devices")
        case .unknownFix(let id, let suggestion):
            return "error: unknown fix \"\(id)\"" + didYouMean(suggestion.map { [$0] } ?? [])
        }
    }

    /// `error: unknown cause "x"; did you mean "y"? (`leddiag causes` lists them)`: a name the
    /// catalog does not know, the known ones close to it, and the command that lists them all.
    static func unknown(_ what: String, _ name: String, suggestions: [String], listedBy command: String) -> String {
        "error: unknown \(what) \"\(name)\"" + didYouMean(suggestions) + " (`\(command)` lists them)"
    }

    /// `; did you mean "a"?` or `; did you mean "a" or "b"?`; nothing without suggestions.
    static func didYouMean(_ suggestions: [String]) -> String {
        suggestions.isEmpty ? "" : "; did you mean " + suggestions.map { "\"\($0)\"" }.joined(separator: " or ") + "?"
    }
}
