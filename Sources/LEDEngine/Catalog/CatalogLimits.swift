import CatalogSyntax

/// What loading a catalog may cost: how far one file's YAML may expand through aliases, and how long
/// patterns may grow through fragments. A catalog over a limit does not load; the problem names the
/// alias, fragment or pattern that crossed it (`docs/reliability.md`, guarantee 6).
///
/// Each limit is far above what a sane catalog reaches. The built-in one has no alias, 1 008 nodes in
/// its largest file, its longest expanded pattern is 687 bytes, and its 72 patterns come to 9 201.
public struct CatalogLimits: Sendable, Hashable {
    /// The most aliases (`*name`) one file may write: 10 000.
    public var aliases: Int
    /// The most nodes (scalars, lists, mappings, keys included) one file's tree may hold with every alias
    /// expanded: 250 000 — a file without aliases that large is several megabytes; split it.
    public var nodes: Int
    /// The most bytes a pattern (a rule's or a light question's) or a fragment it uses may expand to:
    /// 64 KiB. PCRE2 as built here refuses compiled patterns much over that in any case.
    public var patternBytes: Int
    /// The most bytes all the expanded patterns of a catalog may come to together: 1 MiB.
    public var totalPatternBytes: Int

    /// Limits of one's own (tests use small ones).
    public init(aliases: Int, nodes: Int, patternBytes: Int, totalPatternBytes: Int) {
        self.aliases = aliases
        self.nodes = nodes
        self.patternBytes = patternBytes
        self.totalPatternBytes = totalPatternBytes
    }

    /// The limits every catalog is loaded with unless told otherwise.
    public static let standard = CatalogLimits(
        aliases: CatalogYAMLLimits.standard.maximumAliases, nodes: CatalogYAMLLimits.standard.maximumNodes,
        patternBytes: 65_536, totalPatternBytes: 1_048_576)

    /// The YAML part, as the parser takes it.
    var yaml: CatalogYAMLLimits { CatalogYAMLLimits(maximumAliases: aliases, maximumNodes: nodes) }
}
