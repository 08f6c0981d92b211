import Foundation

/// What reading one line at a prompt gave.
enum LineInput: Equatable {
    /// A line (without its newline).
    case line(String)
    /// End of input: Ctrl-D on an empty line, or the pipe closed.
    case endOfFile
    /// Ctrl-C.
    case interrupted
}

/// Reads lines at a prompt: ``LineEditor`` on a terminal, ``PlainLineReader`` otherwise.
protocol LineReader: AnyObject {
    /// Shows `prompt` and reads one line. `history` names the history list to use (and add to);
    /// `completions` lists what Tab may complete the line to.
    func read(prompt: String, history: String, completions: [String]) -> LineInput
    /// Saves what needs saving (history) before the program ends.
    func close()
}

/// Reads lines with `readLine()`, for input that is not a terminal (a pipe, a file, a test). The
/// line read is echoed after the prompt when standard input is not a terminal, so that the output
/// reads like the session it was.
final class PlainLineReader: LineReader {
    private let echo: Bool

    init(echo: Bool = isatty(STDIN_FILENO) == 0) {
        self.echo = echo
    }

    func read(prompt: String, history: String, completions: [String]) -> LineInput {
        print(prompt, terminator: "")
        fflush(nil)
        guard let line = readLine(strippingNewline: true) else {
            print("")
            return .endOfFile
        }
        if echo { print(line) }
        return .line(line)
    }

    func close() {}
}
