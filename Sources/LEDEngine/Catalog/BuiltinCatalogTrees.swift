import CatalogSyntax

/// The built-in catalog's files decoded once per process: every load of the built-in catalog reads the
/// same trees, and they are never freed (freeing the 8,000 nodes after each load cost 3.5 M of the
/// 41 M instructions of a one-shot `diagnose`).
enum BuiltinCatalogTrees {
    /// Each embedded file's archive and its tree, by file name.
    private static let trees: [String: (archive: String, root: CatalogNode)] = {
        var trees: [String: (archive: String, root: CatalogNode)] = [:]
        for file in BuiltinCatalogFiles.files {
            guard let archive = file.archive, let root = CatalogNodeArchive.decode(archive) else { continue }
            trees[file.name] = (archive, root)
        }
        return trees
    }()

    /// The decoded tree of `file` when it is one of the built-in catalog's files, as embedded.
    static func tree(of file: CatalogFile) -> CatalogNode? {
        guard let archive = file.archive, let known = trees[file.name], known.archive == archive else { return nil }
        return known.root
    }
}
