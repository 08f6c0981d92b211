/// How much a catalog file's YAML may expand when it is read: the defence against alias bombs.
///
/// An alias (`*name`) stands for a copy of the node its anchor (`&name`) names, so nine lines of
/// lists of nine aliases each (`a1: &a1 [*a0, *a0, …]`, `a2: &a2 [*a1, …]`, …) describe a tree of
/// 9⁹ nodes — gigabytes once copied. ``CatalogNode/parse(yaml:limits:)`` counts what the file expands to
/// before building anything, from the parser's events with each anchor's size remembered, so a file
/// over a limit costs no more than reading its text.
///
/// The standard limits are far above any sane catalog: the built-in one has no alias at all, its
/// largest file 1 008 nodes and all its files together 7 679.
public struct CatalogYAMLLimits: Sendable, Hashable {
    /// The most aliases (`*name`) one file may write.
    public var maximumAliases: Int
    /// The most nodes (scalars, lists and mappings, keys included) one file's tree may hold with every
    /// alias expanded.
    public var maximumNodes: Int

    /// Limits of one's own (tests use small ones).
    public init(maximumAliases: Int, maximumNodes: Int) {
        self.maximumAliases = maximumAliases
        self.maximumNodes = maximumNodes
    }

    /// 10 000 aliases and 250 000 nodes per file: about 250 times the largest built-in file. A file of
    /// more than 250 000 nodes is several megabytes of YAML; split it into several files.
    public static let standard = CatalogYAMLLimits(maximumAliases: 10_000, maximumNodes: 250_000)
}
