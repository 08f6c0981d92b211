/// A canonical event string that does not follow the grammar: what was wrong and at which byte.
public struct CanonicalSyntaxError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, in words.
    public var message: String
    /// The byte offset in `input` where the problem starts.
    public var offset: Int
    /// The string that was read.
    public var input: String

    /// Creates an error at a byte offset of `input`.
    public init(_ message: String, offset: Int, input: String) {
        self.message = message
        self.offset = offset
        self.input = input
    }

    /// The message, then the input with a caret under the offending byte.
    public var description: String {
        let column = String(decoding: input.utf8.prefix(offset), as: UTF8.self).count
        return "error: \(message) (at offset \(offset))\n  \(input)\n  \(String(repeating: " ", count: column))^"
    }
}
