/// Resolves `{{name}}` references in patterns and fragments, detecting unknown names and cycles.
struct FragmentResolver {
    /// Fragment bodies as written, by name.
    let fragments: [String: (body: String, location: CatalogLocation)]

    enum Failure: Error, Equatable {
        case unknown(String)
        case cycle([String])
        case unterminated
    }

    /// The names referenced by `text`, in order.
    static func references(in text: String) -> Result<[String], Failure> {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else { return .failure(.unterminated) }
            names.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return .success(names)
    }

    /// `text` with every reference replaced by its fragment's resolved body, wrapped in `(?:…)`.
    func resolve(_ text: String, trail: [String] = []) -> Result<String, Failure> {
        var output = ""
        var rest = Substring(text)
        while let open = rest.range(of: "{{") {
            output += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else { return .failure(.unterminated) }
            let name = String(rest[open.upperBound..<close.lowerBound])
            if let start = trail.firstIndex(of: name) {
                return .failure(.cycle(Array(trail[start...]) + [name]))
            }
            guard let fragment = fragments[name] else { return .failure(.unknown(name)) }
            switch resolve(fragment.body, trail: trail + [name]) {
            case .success(let body): output += "(?:\(body))"
            case .failure(let failure): return .failure(failure)
            }
            rest = rest[close.upperBound...]
        }
        output += rest
        return .success(output)
    }
}
