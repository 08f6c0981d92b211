/// One row of a labelled-observation file: what someone saw, the causes the sources allow for it,
/// and the facts a correct reading has to get (`docs/catalog.md`, "Check a catalog against labelled
/// observations").
public struct LabelledObservation: Sendable, Hashable {
    /// Where a row is: the file's name as given to the reader and the 1-based line.
    public struct Location: Sendable, Hashable, Comparable, CustomStringConvertible {
        /// The file's name as given to the reader (a path for files on disk).
        public var file: String
        /// 1-based line.
        public var line: Int

        /// Creates a location.
        public init(file: String, line: Int) {
            self.file = file
            self.line = line
        }

        /// `file:line`.
        public var description: String { "\(file):\(line)" }

        /// Locations order by file, then line.
        public static func < (lhs: Location, rhs: Location) -> Bool { (lhs.file, lhs.line) < (rhs.file, rhs.line) }
    }

    /// The device id or name, or nil (`-`) when the person does not say.
    public var device: String?
    /// The observation as typed (or a canonical event string).
    public var text: String
    /// The cause ids any of which is an acceptable top cause; empty when no diagnosis is expected.
    public var expectedCauses: [String]
    /// The facts a correct reading has to get, when the row states them.
    public var facts: FactsPattern?
    /// The phrasing the row exercises (its phrase family), when given.
    public var tag: String?
    /// Where the row is.
    public var location: Location

    /// Creates a labelled observation.
    public init(
        device: String? = nil, text: String, expectedCauses: [String], facts: FactsPattern? = nil, tag: String? = nil,
        location: Location
    ) {
        self.device = device
        self.text = text
        self.expectedCauses = expectedCauses
        self.facts = facts
        self.tag = tag
        self.location = location
    }

    /// The expected causes as the file writes them: joined by `|`, or `-` for none.
    public var expectedLabel: String { expectedCauses.isEmpty ? "-" : expectedCauses.joined(separator: "|") }
}
