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

    /// Checks every fragment — unknown names, cycles, an unclosed `{{`, recursion — without expanding
    /// any: a fragment is expanded only when a pattern uses it, and only a pattern within
    /// `CatalogLimits.patternBytes` (reported then, at the first fragment over it).
    static func check(
        _ definitions: [String: FragmentDefinition], with resolver: inout FragmentResolver,
        problems: inout [CatalogProblem]
    ) {
        for (name, fragment) in definitions {
            if case .failure(let failure) = resolver.expandedSize(of: name) {
                problems.append(problem(failure, at: fragment.location, in: "fragment \"\(name)\""))
            }
            if let call = PatternCallScanner.firstCall(in: fragment.body) {
                problems.append(problem(call, in: fragment.body, owner: "fragment \"\(name)\"", at: fragment.location))
            }
        }
    }

    /// The problem for a pattern (of `owner`, written at `location`) that did not resolve; nil when it
    /// is over a size limit that has been reported already (the fragment's, or the total).
    static func problem(
        _ failure: FragmentResolver.Failure, at location: CatalogLocation, in owner: String,
        resolver: inout FragmentResolver
    ) -> CatalogProblem? {
        if case .totalTooLarge = failure {
            return resolver.isFirstReportOfTotal() ? problem(failure, at: location, in: owner) : nil
        }
        guard case .tooLarge(let chain, let bytes, let limit) = failure, let culprit = chain.last,
            let fragment = resolver.fragments[culprit]
        else { return problem(failure, at: location, in: owner) }
        guard resolver.isFirstReport(ofTooLarge: culprit) else { return nil }
        return CatalogProblem(
            "fragment \"\(culprit)\" expands to \(bytes) bytes, over the limit of "
                + "\(limit) for an expanded fragment or pattern "
                + "(used as \(([owner] + chain).joined(separator: " → ")))",
            at: fragment.location)
    }
}
