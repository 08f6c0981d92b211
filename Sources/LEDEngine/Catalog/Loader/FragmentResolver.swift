/// Resolves `{{name}}` references in patterns and fragments, detecting unknown names, cycles and
/// expansions over the limits (``CatalogLimits/patternBytes``, ``CatalogLimits/totalPatternBytes``).
///
/// Expansion is textual, so ten references to a fragment of ten references to … grow tenfold per level
/// (a fragment bomb). Sizes are therefore worked out first, from the text alone — each fragment's
/// expanded size is remembered, so that costs no more than reading the fragments — and a pattern is
/// expanded only when it stays within the limits. Only what a pattern uses is expanded, each fragment
/// once and remembered.
struct FragmentResolver {
    /// Fragment bodies as written, by name.
    let fragments: [String: (body: String, location: CatalogLocation)]
    /// The most bytes one pattern or fragment may expand to.
    let maximumBytes: Int
    /// The most bytes all the patterns resolved may expand to together.
    let maximumTotalBytes: Int
    /// Fragments already expanded, by name.
    private(set) var expanded: [String: String] = [:]
    /// The expanded size of each fragment sized so far (`Int.max` when it overflows), by name.
    private var sizes: [String: Int] = [:]
    /// The bytes of every pattern resolved so far, expanded.
    private(set) var totalBytes = 0
    /// The fragments whose size has been reported as a problem.
    private var reportedTooLarge: Set<String> = []
    /// Whether the total has been reported as a problem.
    private var reportedTotal = false

    enum Failure: Error, Equatable {
        case unknown(String)
        case cycle([String])
        case unterminated
        /// The expansion is over `limit`. `chain` leads from the fragments the text uses to the first one
        /// that is over the limit by itself (each names the next), empty when only the text as a whole
        /// is; `bytes` is the size of the last of the chain, or of the text's expansion when it is empty.
        case tooLarge(chain: [String], bytes: Int, limit: Int)
        /// The patterns resolved so far and this one come to `bytes`, over `limit` (``maximumTotalBytes``).
        case totalTooLarge(bytes: Int, limit: Int)
    }

    init(fragments: [String: (body: String, location: CatalogLocation)], limits: CatalogLimits) {
        self.fragments = fragments
        maximumBytes = limits.patternBytes
        maximumTotalBytes = limits.totalPatternBytes
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

    /// `text` with every reference replaced by its fragment's expanded body, wrapped in `(?:…)`; a
    /// failure, without expanding anything, when a name is unknown, a cycle, or the result would be
    /// longer than ``maximumBytes`` or bring the patterns resolved so far over ``maximumTotalBytes``.
    mutating func resolve(_ text: String) -> Result<String, Failure> {
        let bytes: Int
        switch size(of: text, trail: []) {
        case .failure(let failure): return .failure(failure)
        case .success(let size): bytes = size
        }
        guard bytes <= maximumBytes else {
            let chain = oversizedChain(from: text)
            let culprit = chain.last.flatMap { sizes[$0] } ?? bytes
            return .failure(.tooLarge(chain: chain, bytes: culprit, limit: maximumBytes))
        }
        guard totalBytes + bytes <= maximumTotalBytes else {
            return .failure(.totalTooLarge(bytes: totalBytes + bytes, limit: maximumTotalBytes))
        }
        totalBytes += bytes
        return .success(expand(text))
    }

    /// The expanded size of fragment `name`, checking it and every fragment it uses (unknown names,
    /// cycles, an unclosed `{{`) without expanding any.
    mutating func expandedSize(of name: String) -> Result<Int, Failure> {
        size(of: "{{\(name)}}", trail: []).map { $0 - 4 }
    }

    /// True the first time it is asked about `fragment`: a fragment over the limit is reported once,
    /// however many patterns use it.
    mutating func isFirstReport(ofTooLarge fragment: String) -> Bool {
        reportedTooLarge.insert(fragment).inserted
    }

    /// True the first time it is asked: the total is reported once, at the first pattern over it.
    mutating func isFirstReportOfTotal() -> Bool {
        defer { reportedTotal = true }
        return !reportedTotal
    }

    /// Visits each `{{name}}` of `text` in order, giving the byte range of the text before it; nil when
    /// a `{{` has no `}}`.
    private static func scan(
        _ bytes: [UInt8], _ visit: (_ literal: Range<Int>, _ name: String?) -> Bool
    ) -> Bool? {
        var start = 0
        var index = 0
        while index + 1 < bytes.count {
            guard bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            var close = index + 2
            while close + 1 < bytes.count, !(bytes[close] == UInt8(ascii: "}") && bytes[close + 1] == UInt8(ascii: "}"))
            { close += 1 }
            guard close + 1 < bytes.count else { return nil }
            guard visit(start..<index, String(decoding: bytes[(index + 2)..<close], as: UTF8.self)) else {
                return false
            }
            index = close + 2
            start = index
        }
        return visit(start..<bytes.count, nil)
    }

    /// The size of `text` expanded (saturating at `Int.max`), sizing the fragments it uses.
    private mutating func size(of text: String, trail: [String]) -> Result<Int, Failure> {
        var total = 0
        var failure: Failure?
        let complete = Self.scan(Array(text.utf8)) { literal, name in
            total = Self.adding(total, literal.count)
            guard let name else { return true }
            switch size(ofFragment: name, trail: trail) {
            case .success(let size):
                total = Self.adding(total, Self.adding(size, 4))  // "(?:" and ")"
                return true
            case .failure(let error):
                failure = error
                return false
            }
        }
        if let failure { return .failure(failure) }
        guard complete != nil else { return .failure(.unterminated) }
        return .success(total)
    }

    private mutating func size(ofFragment name: String, trail: [String]) -> Result<Int, Failure> {
        if let known = sizes[name] { return .success(known) }
        if let start = trail.firstIndex(of: name) { return .failure(.cycle(Array(trail[start...]) + [name])) }
        guard let fragment = fragments[name] else { return .failure(.unknown(name)) }
        let result = size(of: fragment.body, trail: trail + [name])
        if case .success(let size) = result { sizes[name] = size }
        return result
    }

    /// The fragments that lead from `text` to the first one over the limit by itself: at each step the
    /// first fragment used that is over the limit. Every fragment on the way has been sized.
    private func oversizedChain(from text: String) -> [String] {
        var chain: [String] = []
        var current = text
        while let next = Self.references(in: current).first(where: { (sizes[$0] ?? 0) > maximumBytes }),
            !chain.contains(next), let fragment = fragments[next]
        {
            chain.append(next)
            current = fragment.body
        }
        return chain
    }

    /// `text` expanded; every fragment it uses has been sized without a failure.
    private mutating func expand(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        _ = Self.scan(bytes) { literal, name in
            output += bytes[literal]
            guard let name else { return true }
            output += "(?:".utf8
            output += body(of: name).utf8
            output.append(UInt8(ascii: ")"))
            return true
        }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func body(of name: String) -> String {
        if let known = expanded[name] { return known }
        let body = expand(fragments[name]?.body ?? "")
        expanded[name] = body
        return body
    }

    private static func adding(_ left: Int, _ right: Int) -> Int {
        let (sum, overflow) = left.addingReportingOverflow(right)
        return overflow ? .max : sum
    }
}
