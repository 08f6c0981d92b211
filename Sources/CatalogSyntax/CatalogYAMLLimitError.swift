/// A catalog file that reading refused before building its tree: it expands past a
/// ``CatalogYAMLLimits`` limit, or a mapping key is not a scalar. Reported at the node that crossed
/// the line.
public struct CatalogYAMLLimitError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was refused, in words (no position).
    public var message: String
    /// Where: the alias, node or key that crossed the limit.
    public var mark: CatalogMark

    /// `line:column: message`.
    public var description: String { "\(mark.line):\(mark.column): \(message)" }
}
