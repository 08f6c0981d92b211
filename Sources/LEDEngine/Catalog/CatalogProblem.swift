/// One thing wrong with a catalog, and where.
public struct CatalogProblem: Sendable, Hashable, CustomStringConvertible {
    /// Where it is.
    public var location: CatalogLocation
    /// What is wrong.
    public var message: String

    /// Creates a problem.
    public init(_ message: String, at location: CatalogLocation) {
        self.message = message
        self.location = location
    }

    /// `file:line:column: error: message`, the form editors and CI logs link.
    public var description: String { "\(location): error: \(message)" }
}

/// A catalog that could not be loaded: every problem found, in file order. Nothing was loaded.
public struct CatalogError: Error, Sendable, CustomStringConvertible {
    /// The problems, sorted by location.
    public var problems: [CatalogProblem]

    /// Creates an error from problems (sorted by location).
    public init(problems: [CatalogProblem]) {
        self.problems = problems.sorted { $0.location < $1.location }
    }

    /// One problem per line.
    public var description: String { problems.map(\.description).joined(separator: "\n") }
}
