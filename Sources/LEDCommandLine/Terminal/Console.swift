import ArgumentParser
import Foundation
import LEDSupport

/// Writing to the terminal: errors on stderr, and whether to use colour.
enum Console {
    /// Writes `message` and a newline to standard error.
    static func error(_ message: String) {
        writeToStandardError(message + "\n")
    }

    /// Writes `text` to standard error as it is. A failed write is ignored (there is nowhere left to report
    /// it), never a trap as `FileHandle.write` would be.
    static func writeToStandardError(_ text: String) {
        _ = FileDescriptor.writeAll(Array(text.utf8), to: STDERR_FILENO)
    }

    /// Whether standard output is a terminal.
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    /// Whether to colour standard output: `--color always|never`, else only on a terminal and without `NO_COLOR`.
    static func useColor(_ choice: ColorChoice) -> Bool {
        switch choice {
        case .always: return true
        case .never: return false
        case .auto:
            // getenv, not ProcessInfo's environment: that builds a dictionary of the whole environment.
            let noColor = getenv("NO_COLOR").map { $0.pointee != 0 } ?? false
            return !noColor && stdoutIsTerminal
        }
    }

    /// `body`'s value; when it throws, the error's message (worded by ``ErrorText``) on standard
    /// error and exit status 2. An `ExitCode` passes through as it is.
    static func exitOnError<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let exit as ExitCode {
            throw exit
        } catch {
            Console.error(ErrorText.message(for: error))
            throw ExitCode(ExitStatus.usage)
        }
    }
}
