import CatalogSyntax

/// Reads typed values out of a catalog node tree, recording a ``CatalogProblem`` with the node's
/// `file:line:column` for every value that is missing or of the wrong type, instead of stopping.
struct YAMLNodeReader {
    let file: String
    private(set) var problems: [CatalogProblem] = []

    init(file: String) {
        self.file = file
    }

    func location(of node: CatalogNode?) -> CatalogLocation {
        guard let mark = node?.mark else { return CatalogLocation(file: file, line: 1, column: 1) }
        return CatalogLocation(file: file, line: mark.line, column: mark.column)
    }

    mutating func report(_ message: String, at node: CatalogNode?) {
        problems.append(CatalogProblem(message, at: location(of: node)))
    }

    mutating func report(_ message: String, at location: CatalogLocation) {
        problems.append(CatalogProblem(message, at: location))
    }

    /// The mapping's entries, reporting a problem if `node` is not a mapping or has unknown keys.
    mutating func mapping(_ node: CatalogNode, what: String, allowed: [String]) -> YAMLFields? {
        guard case .mapping(let mapping, _) = node else {
            report("\(what) must be a mapping", at: node)
            return nil
        }
        var entries = YAMLFields(capacity: mapping.count)
        for pair in mapping {
            guard let name = pair.key.string else {
                report("keys of \(what) must be strings", at: pair.key)
                continue
            }
            guard allowed.contains(name) else {
                report(
                    "unknown key \"\(name)\" in \(what); allowed: \(allowed.sorted().joined(separator: ", "))",
                    at: pair.key)
                continue
            }
            entries.append(name, pair.value)
        }
        return entries
    }

    mutating func sequence(_ node: CatalogNode?, what: String) -> [CatalogNode] {
        guard let node else { return [] }
        guard case .sequence(let items, _) = node else {
            report("\(what) must be a list", at: node)
            return []
        }
        return items
    }

    mutating func string(
        _ entries: YAMLFields, _ key: String, in what: String, at owner: CatalogNode, required: Bool = true
    ) -> String? {
        guard let node = entries[key] else {
            if required { report("\(what) is missing \"\(key)\"", at: owner) }
            return nil
        }
        guard case .scalar(let text, _, _) = node else {
            report("\"\(key)\" must be text", at: node)
            return nil
        }
        return text
    }

    mutating func number(
        _ entries: YAMLFields, _ key: String, in what: String, at owner: CatalogNode, range: ClosedRange<Double>
    ) -> Double? {
        guard let node = entries[key] else {
            report("\(what) is missing \"\(key)\"", at: owner)
            return nil
        }
        guard let value = node.number, value.isFinite else {
            report("\"\(key)\" must be a number", at: node)
            return nil
        }
        guard range.contains(value) else {
            report("\"\(key)\" must be between \(range.lowerBound) and \(range.upperBound), not \(value)", at: node)
            return nil
        }
        return value
    }

    mutating func bool(_ entries: YAMLFields, _ key: String, in what: String, at owner: CatalogNode) -> Bool? {
        guard let node = entries[key] else {
            report("\(what) is missing \"\(key)\"", at: owner)
            return nil
        }
        guard let value = node.bool else {
            report("\"\(key)\" must be true or false", at: node)
            return nil
        }
        return value
    }

    mutating func strings(_ entries: YAMLFields, _ key: String, in what: String) -> [String] {
        sequence(entries[key], what: "\"\(key)\" of \(what)").compactMap { node in
            guard let text = node.string else {
                report("items of \"\(key)\" must be text", at: node)
                return nil
            }
            return text
        }
    }

    /// The items of the list under `key` read as values of `T`, each unknown one reported; empty when absent.
    mutating func enumValues<T: RawRepresentable & CaseIterable>(
        _ entries: YAMLFields, _ key: String, in what: String, as type: T.Type
    ) -> [T] where T.RawValue == String {
        sequence(entries[key], what: "\"\(key)\" of \(what)").compactMap { node in
            guard let text = node.string else {
                report("items of \"\(key)\" must be text", at: node)
                return nil
            }
            return enumValue(text, at: node, as: type, what: "value of \(key)")
        }
    }

    /// The mapping under `key` as (key text, value node, key node) pairs, in file order; empty when absent.
    mutating func pairs(_ entries: YAMLFields, _ key: String, in what: String) -> [(String, CatalogNode, CatalogNode)] {
        guard let node = entries[key] else { return [] }
        guard case .mapping(let mapping, _) = node else {
            report("\"\(key)\" of \(what) must be a mapping", at: node)
            return []
        }
        return mapping.compactMap { pair in
            guard let name = pair.key.string else {
                report("keys of \"\(key)\" must be text", at: pair.key)
                return nil
            }
            return (name, pair.value, pair.key)
        }
    }

    mutating func enumValue<T: RawRepresentable & CaseIterable>(
        _ entries: YAMLFields, _ key: String, in what: String, at owner: CatalogNode, as type: T.Type,
        required: Bool = true
    ) -> T? where T.RawValue == String {
        guard let text = string(entries, key, in: what, at: owner, required: required) else { return nil }
        return enumValue(text, at: entries[key], as: type, what: key)
    }

    mutating func enumValue<T: RawRepresentable & CaseIterable>(
        _ text: String, at node: CatalogNode?, as type: T.Type, what: String
    ) -> T?
    where T.RawValue == String {
        if let value = T(rawValue: text) { return value }
        let known = T.allCases.map(\.rawValue).joined(separator: ", ")
        report("unknown \(what) \"\(text)\"; known: \(known)", at: node)
        return nil
    }

    mutating func sources(
        _ entries: YAMLFields, _ key: String = "sources", in what: String, at owner: CatalogNode, required: Bool = true
    ) -> [SourceReference] {
        guard entries[key] != nil else {
            if required { report("\(what) must cite its sources (\"\(key)\")", at: owner) }
            return []
        }
        return sequence(entries[key], what: "\"\(key)\" of \(what)").compactMap { source(of: $0) }
    }

    mutating func source(of node: CatalogNode) -> SourceReference? {
        guard let fields = mapping(node, what: "a source", allowed: ["ref", "tier"]),
            let ref = string(fields, "ref", in: "a source", at: node),
            let tier = enumValue(fields, "tier", in: "a source", at: node, as: SourceTier.self)
        else { return nil }
        return SourceReference(ref: ref, tier: tier)
    }
}

/// A mapping's entries by key. Catalog mappings have a handful of keys, so a linear search beats
/// hashing every key of every node.
struct YAMLFields {
    private var keys: [String] = []
    private var values: [CatalogNode] = []

    /// Empty, with room for `capacity` entries (a mapping's count: no regrowth while it is read).
    init(capacity: Int = 0) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    mutating func append(_ key: String, _ value: CatalogNode) {
        if let index = keys.firstIndex(of: key) {
            values[index] = value
        } else {
            keys.append(key)
            values.append(value)
        }
    }

    /// The value for `key`, if the mapping has it.
    subscript(key: String) -> CatalogNode? {
        keys.firstIndex(of: key).map { values[$0] }
    }
}
