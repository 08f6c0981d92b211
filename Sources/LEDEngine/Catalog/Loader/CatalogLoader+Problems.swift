import CatalogSyntax
import LEDSupport
import PCRE2
import Yams

// Ids, duplicates, suggestions and the problems' wording.
extension CatalogLoader {
    /// The fields, id and name in messages (`cause "low-battery"`) of a section's entry: a mapping
    /// with only `allowed` keys and a valid id; nil when it is not (the problem reported).
    static func entry(
        _ node: CatalogNode, _ kind: String, allowed: [String], reader: inout YAMLNodeReader
    ) -> (fields: YAMLFields, id: String, owner: String)? {
        let what = "a \(kind)"
        guard let fields = reader.mapping(node, what: what, allowed: allowed),
            let id = identifier(fields, in: what, at: node, reader: &reader)
        else { return nil }
        return (fields, id, "\(kind) \"\(id)\"")
    }

    static func identifier(
        _ fields: YAMLFields, in what: String, at node: CatalogNode, reader: inout YAMLNodeReader
    ) -> String? {
        guard let id = reader.string(fields, "id", in: what, at: node) else { return nil }
        guard isIdentifier(id) else {
            reader.report("ids are lower-case letters, digits and '-': \"\(id)\"", at: fields["id"])
            return nil
        }
        return id
    }

    static func isIdentifier(_ text: String) -> Bool {
        !text.isEmpty && text.utf8.allSatisfy { ($0 >= 0x61 && $0 <= 0x7A) || ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2D }
    }

    static func duplicates(_ ids: [(String, CatalogLocation)], what: String) -> [CatalogProblem] {
        var first: [String: CatalogLocation] = [:]
        var problems: [CatalogProblem] = []
        for (id, location) in ids {
            if let previous = first[id] {
                problems.append(
                    CatalogProblem("duplicate \(what) id \"\(id)\" (first defined at \(previous))", at: location))
            } else {
                first[id] = location
            }
        }
        return problems
    }

    static func suggestion(_ name: String, in known: Set<String>) -> String {
        guard let nearest = EditDistance.nearest(to: name, in: known, maximum: 3) else { return "" }
        return "; did you mean \"\(nearest)\"?"
    }

    static func problem(
        _ failure: FragmentResolver.Failure, at location: CatalogLocation, in owner: String
    ) -> CatalogProblem {
        switch failure {
        case .unknown(let name): return CatalogProblem("\(owner) uses unknown fragment \"{{\(name)}}\"", at: location)
        case .cycle(let trail):
            return CatalogProblem(
                "\(owner): fragments refer to each other in a cycle: \(trail.joined(separator: " → "))", at: location)
        case .unterminated: return CatalogProblem("\(owner): \"{{\" without a closing \"}}\"", at: location)
        case .tooLarge(_, let bytes, let limit):
            return CatalogProblem(
                "\(owner): the pattern expands to \(bytes) bytes, over the limit of "
                    + "\(limit) for an expanded fragment or pattern",
                at: location)
        case .totalTooLarge(let bytes, let limit):
            return CatalogProblem(
                "\(owner): the patterns expand to \(bytes) bytes with this one, over the limit of "
                    + "\(limit) for all the patterns of a catalog together "
                    + "(later patterns are not compiled)",
                at: location)
        }
    }

    /// A recursion or subroutine call in a pattern or fragment, with a caret under it.
    static func problem(
        _ call: PatternCallScanner.Call, in pattern: String, owner: String, at location: CatalogLocation
    ) -> CatalogProblem {
        let rendered = PCRE2Error.compile(message: "", offset: call.offset, pattern: pattern).rendered
        let caret = rendered.split(separator: "\n", maxSplits: 1, omittingEmptySubsequences: false).dropFirst().joined()
        return CatalogProblem(
            "\(owner): recursion and subroutine calls such as \(call.text) are not allowed in catalog patterns "
                + "(the events are flat, and no PCRE2 limit bounds their cost)\n\(caret)",
            at: location)
    }

    static func problem(from error: YamlError, file: String) -> CatalogProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            return CatalogProblem(
                "invalid YAML: \(problem)", at: CatalogLocation(file: file, line: mark.line, column: mark.column))
        case .reader(let problem, _, _, _):
            return CatalogProblem("invalid YAML: \(problem)", at: CatalogLocation(file: file, line: 1, column: 1))
        default:
            return CatalogProblem("invalid YAML: \(error)", at: CatalogLocation(file: file, line: 1, column: 1))
        }
    }

    /// One problem per device in `devices` that the catalog does not know, at `location`.
    static func unknownDevices(
        _ devices: Set<String>?, of owner: String, at location: CatalogLocation, known: Set<String>
    ) -> [CatalogProblem] {
        (devices ?? []).sorted().filter { !known.contains($0) }.map { device in
            CatalogProblem(
                "\(owner) names unknown device \"\(device)\"" + suggestion(device, in: known), at: location)
        }
    }
}
