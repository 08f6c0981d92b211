import Yams

extension CatalogNode {
    /// Parses YAML text into a node tree; `nil` for an empty document. Throws Yams' `YamlError`, or
    /// ``CatalogYAMLLimitError`` — before building anything — when the text expands past `limits` (an alias
    /// bomb) or a mapping key is a list or a mapping.
    public static func parse(yaml text: String, limits: CatalogYAMLLimits = .standard) throws -> CatalogNode? {
        if let refusal = YAMLExpansionCheck.firstRefusal(in: text, limits: limits) { throw refusal }
        guard let root = try Yams.compose(yaml: text, .basic) else { return nil }
        return CatalogNode(root)
    }

    /// Converts a Yams node, keeping each node's position. Every alias becomes a copy of the node it
    /// names (Yams shares it), so a tree with aliases must have passed ``CatalogYAMLLimits`` first, as
    /// ``parse(yaml:limits:)``'s have.
    init(_ node: Node) {
        let mark = CatalogMark(line: node.mark?.line ?? 1, column: node.mark?.column ?? 1)
        switch node {
        case .scalar(let scalar):
            self = .scalar(scalar.string, plain: scalar.style == .plain, mark)
        case .sequence(let sequence):
            self = .sequence(sequence.map(CatalogNode.init), mark)
        case .mapping(let mapping):
            self = .mapping(
                mapping.map { CatalogNodePair(key: CatalogNode($0.key), value: CatalogNode($0.value)) }, mark)
        case .alias:
            self = .scalar("", plain: true, mark)
        }
    }
}
