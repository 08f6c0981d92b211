/// A YAML node as the catalog loader reads it: a scalar, a sequence or a mapping, each with the
/// 1-based line and column where it starts.
///
/// The loader works on this small tree rather than on Yams' `Node`, so that the built-in catalog
/// can be parsed at build time and embedded as a compact archive (``CatalogNodeArchive``) that
/// loads in well under a millisecond, while catalogs of one's own are read with Yams at run time.
/// Not `indirect`: the recursion goes through arrays, so a node is stored inline in its parent's array
/// rather than in a box of its own (one allocation less per node: the built-in catalog's load, 27.0 M →
/// 25.1 M instructions).
public enum CatalogNode: Sendable, Hashable {
    /// A scalar's text; `plain` is false for quoted or block scalars (which are always text).
    case scalar(String, plain: Bool, CatalogMark)
    /// A sequence's items.
    case sequence([CatalogNode], CatalogMark)
    /// A mapping's entries, in document order.
    case mapping([CatalogNodePair], CatalogMark)

    /// Where the node starts.
    public var mark: CatalogMark {
        switch self {
        case .scalar(_, _, let mark), .sequence(_, let mark), .mapping(_, let mark): return mark
        }
    }

    /// The scalar's text, if this is a scalar.
    public var string: String? {
        if case .scalar(let text, _, _) = self { return text }
        return nil
    }

    /// The number a plain scalar spells (`5`, `0.9`, `1e3`), if any.
    public var number: Double? {
        guard case .scalar(let text, true, _) = self else { return nil }
        return Double(text)
    }

    /// The boolean a plain scalar spells (`true`/`false`, also `yes`/`no`, any case), if any.
    public var bool: Bool? {
        guard case .scalar(let text, true, _) = self else { return nil }
        switch text.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default: return nil
        }
    }
}

/// One entry of a mapping. Made only by this module's readers (the initialiser is internal).
public struct CatalogNodePair: Sendable, Hashable {
    /// The key node.
    public var key: CatalogNode
    /// The value node.
    public var value: CatalogNode
}

/// A 1-based line and column in a YAML file. Made only by this module's readers (the initialiser is
/// internal).
public struct CatalogMark: Sendable, Hashable {
    /// 1-based line.
    public var line: Int
    /// 1-based column.
    public var column: Int
}
