public import Yams

extension CatalogNode {
    /// Parses YAML text into a node tree; `nil` for an empty document. Throws Yams' `YamlError`.
    public static func parse(yaml text: String) throws -> CatalogNode? {
        guard let root = try Yams.compose(yaml: text, .basic) else { return nil }
        return CatalogNode(root)
    }

    /// Converts a Yams node, keeping each node's position (aliases are resolved by Yams).
    public init(_ node: Node) {
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
