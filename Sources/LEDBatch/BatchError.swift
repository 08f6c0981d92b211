import LEDSupport

/// Why a batch stopped before the end of its input.
public enum BatchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// An input could not be opened or read, the output or a temporary file not written.
    case io(String)
    /// `--strict`: the first line that could not be read.
    case rejectedLine(file: String, line: Int, message: String)
    /// The options make no sense (an unknown `--device` model, a gap that is not positive, …).
    case usage(String)
    /// The output was closed by its reader (a pipe to `head`): a quiet stop, not a failure.
    case outputClosed

    /// The message for a person.
    public var description: String {
        switch self {
        case .io(let message): return "error: \(message)"
        case .rejectedLine(let file, let line, let message): return "\(file):\(line): error: \(message)"
        case .usage(let message): return "error: \(message)"
        case .outputClosed: return "the output was closed"
        }
    }
}
