import CatalogSyntax

extension Catalog {
    /// The built-in catalog: the `Patterns/` folder of this package, embedded in the binary at build
    /// time. `jit` chooses PCRE2's JIT compiler for the rules (``CatalogLoader/jit``).
    public static func builtin(jit: Bool = true) throws(CatalogError) -> Catalog {
        try CatalogLoader(jit: jit).load(builtinFiles)
    }

    /// The built-in catalog's files, as embedded.
    public static var builtinFiles: [CatalogFile] { decodedBuiltinFiles }

    /// The built-in catalog's files with their archives decoded once per process: every load reads the
    /// same trees, and they are never freed (freeing the 8,000 nodes after each load cost 3.5 M of the
    /// 41 M instructions of a one-shot `diagnose`).
    private static let decodedBuiltinFiles: [CatalogFile] = BuiltinCatalogFiles.files.map { file in
        var decoded = file
        decoded.decoded = file.archive.flatMap(CatalogNodeArchive.decode)
        return decoded
    }
}
