extension Catalog {
    /// The built-in catalog: the `Patterns/` folder of this package, embedded in the binary at build time.
    public static func builtin() throws(CatalogError) -> Catalog {
        try CatalogLoader().load(BuiltinCatalogFiles.files)
    }

    /// The built-in catalog's files, as embedded.
    public static var builtinFiles: [CatalogFile] { BuiltinCatalogFiles.files }
}
