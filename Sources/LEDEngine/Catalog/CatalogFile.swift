/// The text of one catalog file and the name it is reported under.
public struct CatalogFile: Sendable, Hashable {
    /// The name used in error messages: a path for files on disk, `Patterns/…` for the built-in catalog.
    public var name: String
    /// The YAML text.
    public var text: String
    /// The text already parsed (a ``CatalogNodeArchive``): at build time for the built-in catalog, in an
    /// earlier run for a file the command line remembers; loading it skips YAML parsing. `nil` otherwise.
    package var archive: String?

    /// Creates a catalog file from its name and text.
    public init(name: String, text: String) {
        self.name = name
        self.text = text
        self.archive = nil
    }

    /// A catalog file whose text was parsed before, into `archive`.
    package init(name: String, text: String, archive: String?) {
        self.name = name
        self.text = text
        self.archive = archive
    }
}
