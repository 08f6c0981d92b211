import CatalogSyntax

// The `fragments` section: named pattern pieces that rules include as `{{name}}`.
extension CatalogLoader {
    /// A fragment as written: its pattern text and where its name stands.
    typealias FragmentDefinition = (body: String, location: CatalogLocation)

    /// Reads a `fragments` mapping into `definitions`, reporting malformed and duplicate names.
    static func readFragments(
        _ node: CatalogNode?, into definitions: inout [String: FragmentDefinition], reader: inout YAMLNodeReader
    ) {
        guard let node else { return }
        guard case .mapping(let mapping, _) = node else {
            reader.report("fragments must be a mapping of name to pattern", at: node)
            return
        }
        for (key, value) in mapping.map({ ($0.key, $0.value) }) {
            guard let name = key.string, let body = value.string else {
                reader.report("a fragment is `name: 'pattern text'`", at: key)
                continue
            }
            let location = reader.location(of: key)
            if let previous = definitions[name] {
                reader.report("duplicate fragment \"\(name)\" (first defined at \(previous.location))", at: location)
            } else if !isIdentifier(name) {
                reader.report("fragment names are lower-case letters, digits and '-': \"\(name)\"", at: location)
            } else {
                definitions[name] = (body, location)
            }
        }
    }

    /// Every fragment with its references expanded; cycles, unknown names and recursion are problems.
    static func resolve(
        _ definitions: [String: FragmentDefinition], with resolver: inout FragmentResolver,
        problems: inout [CatalogProblem]
    ) -> [String: String] {
        var resolved: [String: String] = [:]
        for (name, fragment) in definitions {
            switch resolver.resolve("{{\(name)}}") {
            case .success(let body): resolved[name] = body
            case .failure(let failure):
                problems.append(problem(failure, at: fragment.location, in: "fragment \"\(name)\""))
            }
            if let call = PatternCallScanner.firstCall(in: fragment.body) {
                problems.append(problem(call, in: fragment.body, owner: "fragment \"\(name)\"", at: fragment.location))
            }
        }
        return resolved
    }
}
