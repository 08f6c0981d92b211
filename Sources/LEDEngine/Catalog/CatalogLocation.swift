/// A place in a catalog file, 1-based, for error messages and test failures.
public struct CatalogLocation: Sendable, Hashable, Codable, CustomStringConvertible, Comparable {
    /// The file's name as given to the loader (a path for files on disk).
    public var file: String
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`.
    public var description: String { "\(file):\(line):\(column)" }

    /// Locations order by file, then line, then column.
    public static func < (lhs: CatalogLocation, rhs: CatalogLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
