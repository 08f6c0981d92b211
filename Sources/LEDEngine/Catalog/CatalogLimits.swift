public import CatalogSyntax

/// What loading a catalog may cost: how far one file's YAML may expand through aliases, and how long
/// patterns may grow through fragments. A catalog over a limit does not load; the problem names the
/// alias, fragment or pattern that crossed it (`docs/reliability.md`, guarantee 6).
///
/// Each limit is far above what a sane catalog reaches. The built-in one has no alias, 1 008 nodes in
/// its largest file, its longest expanded pattern is 687 bytes, and its 72 patterns come to 9 201.
public struct CatalogLimits: Sendable, Hashable {
    /// How far one file's YAML may expand through aliases: 10 000 aliases, 250 000 nodes with every
    /// alias expanded (a file without aliases that large is several megabytes; split it).
    public var yaml: CatalogYAMLLimits
    /// The most bytes a pattern (a rule's or a light question's) or a fragment it uses may expand to:
    /// 64 KiB. PCRE2 as built here refuses compiled patterns much over that in any case.
    public var patternBytes = 65_536
    /// The most bytes all the expanded patterns of a catalog may come to together: 1 MiB.
    public var totalPatternBytes = 1_048_576

    /// The standard limits, or others (tests use small ones).
    public init(yaml: CatalogYAMLLimits = .standard, patternBytes: Int = 65_536, totalPatternBytes: Int = 1_048_576) {
        (self.yaml, self.patternBytes, self.totalPatternBytes) = (yaml, patternBytes, totalPatternBytes)
    }

    /// The limits every catalog is loaded with unless told otherwise.
    public static let standard = CatalogLimits()
}
