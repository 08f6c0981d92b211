/// A row of a labelled-observation file that cannot be read: where, and what was wrong.
public struct LabelledObservationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file's name as given to the reader.
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column (in characters) where the problem starts.
    public var column: Int
    /// What was wrong, in words.
    public var message: String

    /// Creates an error at a place in a file.
    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:column: error: message`, as compilers and the catalog loader write them.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }
}
