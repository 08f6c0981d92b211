/// The text of one catalog file and the name it is reported under.
public struct CatalogFile: Sendable, Hashable {
    /// The name used in error messages: a path for files on disk, `Patterns/…` for the built-in catalog.
    public var name: String
    /// The YAML text.
    public var text: String
    /// The text parsed at build time (a ``CatalogNodeArchive``), for the built-in catalog: loading
    /// it skips YAML parsing. `nil` for files read at run time.
    package var archive: String?

    /// Creates a catalog file from its name and text.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.archive = nil
    }

    /// A catalog file whose text was parsed at build time.
    init(name: String, text: String, archive: String?) {
        self.name = name
        self.text = text
        self.archive = archive
    }
}
