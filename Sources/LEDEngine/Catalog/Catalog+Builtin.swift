extension Catalog {
    /// The built-in catalog: the `Patterns/` folder of this package, embedded in the binary at build
    /// time. `jit` chooses PCRE2's JIT compiler for the rules (``CatalogLoader/jit``).
    public static func builtin(jit: Bool = true) throws(CatalogError) -> Catalog {
        try CatalogLoader(jit: jit).load(BuiltinCatalogFiles.files)
    }

    /// The built-in catalog's files, as embedded.
    public static var builtinFiles: [CatalogFile] { BuiltinCatalogFiles.files }
}
