import Foundation
import LEDSupport

/// Checks a batch's outputs against its inputs and against each other before any output is created:
/// writing an output that is an input destroys what is read (`--errors in.log in.log` truncated the log
/// before reading it), and two outputs that are one file replace each other. Files compare by device and
/// inode (two paths to one file, a hard link, a symbolic link, a redirected standard stream), and outputs
/// that do not exist yet by their path with `.`, `..` and symbolic links resolved. Only regular files
/// count: writing `/dev/null`, a terminal or a pipe destroys nothing.
public enum BatchOutputCheck {
    /// A file a batch will write: a path (created or truncated later), or a descriptor already open.
    public struct Output: Sendable {
        /// How messages name it (`--errors FILE`, `standard output`).
        public var name: String
        let path: String?
        let descriptor: Int32?

        /// The file at `path`, named `name` in messages.
        public static func path(_ path: String, name: String) -> Output {
            Output(name: name, path: path, descriptor: nil)
        }

        /// The open `descriptor` (standard output), named `name` in messages.
        public static func descriptor(_ descriptor: Int32, name: String) -> Output {
            Output(name: name, path: nil, descriptor: descriptor)
        }

        var identity: FileIdentity? {
            if let descriptor { return FileIdentity(descriptor: descriptor) }
            return path.flatMap { FileIdentity(path: $0) }
        }

        /// The path as the file system would resolve it (for a file that does not exist yet).
        var resolvedPath: String? {
            path.map { URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path }
        }
    }

    /// Why the outputs cannot be written: `output` is the input or output named `other`.
    public struct Conflict: Error, Sendable, Hashable, CustomStringConvertible {
        /// The output's name.
        public var output: String
        /// The input or earlier output it is the same file as.
        public var other: String
        /// Whether `other` is an input.
        public var otherIsInput: Bool

        public var description: String {
            otherIsInput
                ? "\(output) is the input \(other); refusing to overwrite what is read"
                : "\(output) is the same file as \(other); one would replace the other"
        }
    }

    /// The first output (in the order given) that is an input or an earlier output; `nil` when every
    /// output is a file of its own.
    public static func conflict(inputs: [BatchInput], outputs: [Output]) -> Conflict? {
        var read: [FileIdentity: String] = [:]
        for input in inputs {
            let identity: FileIdentity?
            switch input.source {
            case .path(let path): identity = FileIdentity(path: path)
            case .descriptor(let descriptor): identity = FileIdentity(descriptor: descriptor)
            case .bytes, .reader: identity = nil
            }
            if let identity, read[identity] == nil {
                read[identity] = input.name == "-" ? "standard input" : input.name
            }
        }
        var written: [FileIdentity: String] = [:]
        var writtenPaths: [String: String] = [:]
        for output in outputs {
            if let identity = output.identity {
                if let input = read[identity] { return Conflict(output: output.name, other: input, otherIsInput: true) }
                if let other = written[identity] {
                    return Conflict(output: output.name, other: other, otherIsInput: false)
                }
                written[identity] = output.name
            }
            if let path = output.resolvedPath {
                if let other = writtenPaths[path] {
                    return Conflict(output: output.name, other: other, otherIsInput: false)
                }
                writtenPaths[path] = output.name
            }
        }
        return nil
    }
}
