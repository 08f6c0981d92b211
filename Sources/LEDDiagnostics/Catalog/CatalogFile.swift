/// The text of one catalog file and the name it is reported under.
public struct CatalogFile: Sendable, Hashable {
    /// The name used in error messages: a path for files on disk, `Patterns/…` for the built-in catalog.
    public var name: String
    /// The YAML text.
    public var text: String

    /// Creates a catalog file from its name and text.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
    }
}
