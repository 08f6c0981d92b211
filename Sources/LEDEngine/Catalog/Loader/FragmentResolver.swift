/// Resolves `{{name}}` references in patterns and fragments, detecting unknown names and cycles.
/// Each fragment is resolved once and remembered.
struct FragmentResolver {
    /// Fragment bodies as written, by name.
    let fragments: [String: (body: String, location: CatalogLocation)]
    /// Fragments already resolved, by name.
    private var resolved: [String: String] = [:]

    enum Failure: Error, Equatable {
        case unknown(String)
        case cycle([String])
        case unterminated
    }

    init(fragments: [String: (body: String, location: CatalogLocation)]) {
        self.fragments = fragments
    }

    /// The fragment names `text` refers to with `{{name}}`, in order.
    static func references(in text: String) -> [String] {
        var names: [String] = []
        var rest = Substring(text)
        while let open = rest.firstRange(of: "{{") {
            guard let close = rest[open.upperBound...].firstRange(of: "}}") else { break }
            names.append(String(rest[open.upperBound..<close.lowerBound]))
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// `text` with every reference replaced by its fragment's resolved body, wrapped in `(?:…)`.
    mutating func resolve(_ text: String) -> Result<String, Failure> {
        resolve(text, trail: [])
    }

    private mutating func resolve(_ text: String, trail: [String]) -> Result<String, Failure> {
        let bytes = Array(text.utf8)
        guard bytes.count > 1 else { return .success(text) }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{")
            else {
                output.append(bytes[index])
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < bytes.count, !(bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}"))
            { close += 1 }
            guard close + 1 < bytes.count else { return .failure(.unterminated) }
            let name = String(decoding: bytes[(index + 2)..<close], as: UTF8.self)
            switch body(of: name, trail: trail) {
            case .success(let body):
                output += "(?:".utf8
                output += body.utf8
                output.append(UInt8(ascii: ")"))
            case .failure(let failure):
                return .failure(failure)
            }
            index = close + 2
        }
        return .success(String(decoding: output, as: UTF8.self))
    }

    private mutating func body(of name: String, trail: [String]) -> Result<String, Failure> {
        if let known = resolved[name] { return .success(known) }
        if let start = trail.firstIndex(of: name) { return .failure(.cycle(Array(trail[start...]) + [name])) }
        guard let fragment = fragments[name] else { return .failure(.unknown(name)) }
        let result = resolve(fragment.body, trail: trail + [name])
        if case .success(let body) = result { resolved[name] = body }
        return result
    }
}
