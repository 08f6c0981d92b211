/// One input of a batch: a file, standard input, an open descriptor, bytes in memory, or any source
/// of bytes behind a closure.
public struct BatchInput: Sendable {
    enum Source: Sendable {
        case path(String)
        case descriptor(Int32)
        case bytes([UInt8])
        case reader(@Sendable (UnsafeMutableRawBufferPointer) throws -> Int)
    }

    /// The name records show in `source.file`.
    public var name: String
    let source: Source

    /// The file at `path` (`-` is standard input).
    public static func path(_ path: String) -> BatchInput {
        path == "-" ? .standardInput : BatchInput(name: path, source: .path(path))
    }

    /// Standard input, named `-`.
    public static var standardInput: BatchInput { BatchInput(name: "-", source: .descriptor(0)) }

    /// An open file descriptor (not closed at the end).
    public static func descriptor(_ descriptor: Int32, name: String) -> BatchInput {
        BatchInput(name: name, source: .descriptor(descriptor))
    }

    /// Bytes in memory.
    public static func bytes(_ bytes: [UInt8], name: String) -> BatchInput {
        BatchInput(name: name, source: .bytes(bytes))
    }

    /// Text in memory.
    public static func text(_ text: String, name: String) -> BatchInput {
        .bytes(Array(text.utf8), name: name)
    }

    /// Any source: `read` fills a prefix of the buffer it is given and returns how many bytes it
    /// wrote, 0 at the end. Called on the batch's reader thread.
    public static func reader(
        name: String, _ read: @escaping @Sendable (UnsafeMutableRawBufferPointer) throws -> Int
    ) -> BatchInput {
        BatchInput(name: name, source: .reader(read))
    }
}
