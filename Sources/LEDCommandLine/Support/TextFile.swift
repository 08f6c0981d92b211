import Foundation
import LEDSupport

/// Reading and writing the text files the commands were named.
enum TextFile {
    /// The UTF-8 text of the file at `path`, or an error naming it.
    static func read(_ path: String) throws -> String {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIError("\(path): cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): not UTF-8 text") }
        return text
    }

    /// Writes `text` to the file at `path` (created, or emptied first), checking every write and the
    /// close: a full disk or a device that refuses it is an error naming the file and the reason, never a
    /// file that silently lacks what was written.
    static func write(_ text: String, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw CLIError("cannot write \(path): \(FileDescriptor.errorMessage())") }
        var failure = FileDescriptor.writeAll(Array(text.utf8), to: descriptor)
        if close(descriptor) != 0, failure == 0 { failure = errno }
        if failure != 0 { throw CLIError("cannot write \(path): \(FileDescriptor.errorMessage(failure))") }
    }
}
