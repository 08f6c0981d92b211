extension RequiredLiterals {
    /// A recursive-descent reader of PCRE2 syntax that computes each node's ``Info``.
    struct Reader {
        /// The largest exact set kept (a cross product beyond it is forgotten).
        static let exactLimit = 16

        let bytes: [UInt8]
        var position = 0

        init(_ bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The whole pattern.
        mutating func whole() throws(Unsupported) -> Info {
            let info = try alternation()
            guard position == bytes.count else { throw Unsupported() }  // a `)` without its `(`
            return info
        }

        /// The byte at the cursor.
        var next: UInt8? { position < bytes.count ? bytes[position] : nil }

        /// The byte after the cursor's.
        var peekAfter: UInt8? { peek(1) }

        func peek(_ offset: Int) -> UInt8? {
            position + offset < bytes.count ? bytes[position + offset] : nil
        }

        /// Moves the cursor one byte on.
        mutating func advance() {
            position += 1
        }

        /// Branches up to a `)` or the end: exact sets and requirements united.
        private mutating func alternation() throws(Unsupported) -> Info {
            var branches = [try sequence()]
            while next == UInt8(ascii: "|") {
                position += 1
                branches.append(try sequence())
            }
            guard branches.count > 1 else { return branches[0] }
            var exact: LiteralSet? = []
            var required: LiteralSet? = []
            for branch in branches {
                if let known = branch.exact, let sofar = exact, sofar.count + known.count <= Self.exactLimit {
                    exact = sofar.union(known)
                } else {
                    exact = nil
                }
                if let needed = branch.requirement, let sofar = required {
                    required = sofar.union(needed)
                } else {
                    required = nil
                }
            }
            return Info(exact: exact, required: Info.better(required, Info.asRequirement(exact)))
        }

        /// Items up to a `|`, a `)` or the end: runs of exact sets crossed, the best requirement kept.
        private mutating func sequence() throws(Unsupported) -> Info {
            var run: LiteralSet = [[]]
            var allExact = true
            var best: LiteralSet?
            while let byte = next, byte != UInt8(ascii: "|"), byte != UInt8(ascii: ")") {
                // A run of plain literal bytes — most of a pattern — is taken whole, without a set per byte.
                // Its last byte is left to the general path when a quantifier may follow it.
                if Self.isPlain(byte) {
                    var end = position
                    while end < bytes.count, Self.isPlain(bytes[end]) { end += 1 }
                    if end < bytes.count, Self.mayQuantify(bytes[end]) { end -= 1 }
                    if end > position {
                        let literal = bytes[position..<end]
                        position = end
                        run = LiteralSet(run.map { $0 + literal })
                        continue
                    }
                }
                let item = try quantified()
                best = Info.better(best, item.required)
                if let exact = item.exact, run.count * exact.count <= Self.exactLimit {
                    var crossed: LiteralSet = []
                    for head in run { for tail in exact { crossed.insert(head + tail) } }
                    run = crossed
                } else {
                    allExact = false
                    best = Info.better(best, Info.asRequirement(run))
                    run = item.exact ?? [[]]
                }
            }
            best = Info.better(best, Info.asRequirement(run))
            return Info(exact: allExact ? run : nil, required: best)
        }

        /// A byte that stands for itself outside a class whatever follows it.
        private static func isPlain(_ byte: UInt8) -> Bool {
            byte >= 0x20 && byte < 0x7F && !Self.special.contains(byte)
        }

        /// Bytes with a meaning of their own outside a class.
        private static let special = Set(#"\^$.|?*+()[]{"#.utf8)

        /// A byte that may start a quantifier of the item before it.
        private static func mayQuantify(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "*") || byte == UInt8(ascii: "+") || byte == UInt8(ascii: "?")
                || byte == UInt8(ascii: "{")
        }

        /// One item and its quantifier.
        private mutating func quantified() throws(Unsupported) -> Info {
            let item = try atom()
            guard let minimum = try quantifier() else { return item }
            if next == UInt8(ascii: "+") || next == UInt8(ascii: "?") { position += 1 }  // possessive, lazy
            if minimum == 0 { return .unknown }
            // At least once: whatever one repetition requires, the whole does; what it consumes is unknown.
            return Info(exact: nil, required: item.requirement)
        }

        /// The minimum of a quantifier at the cursor (consumed), or `nil` when there is none.
        private mutating func quantifier() throws(Unsupported) -> Int? {
            switch next {
            case UInt8(ascii: "*"), UInt8(ascii: "?"):
                position += 1
                return 0
            case UInt8(ascii: "+"):
                position += 1
                return 1
            case UInt8(ascii: "{"):
                // `{n}`, `{n,}`, `{n,m}`; anything else is a literal `{` (and `{,m}` differs between
                // PCRE2 versions: not followed).
                var cursor = position + 1
                var minimum = 0
                var digits = 0
                while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 {
                    minimum = min(minimum * 10 + Int(bytes[cursor] - 0x30), 100_000)
                    cursor += 1
                    digits += 1
                }
                if digits == 0 {
                    if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") { throw Unsupported() }
                    return nil
                }
                if cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") {
                    cursor += 1
                    while cursor < bytes.count, bytes[cursor] >= 0x30, bytes[cursor] <= 0x39 { cursor += 1 }
                }
                guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: "}") else { return nil }
                position = cursor + 1
                return minimum
            default:
                return nil
            }
        }

        /// One atom: a literal, a class, an escape, a group or an assertion.
        private mutating func atom() throws(Unsupported) -> Info {
            guard let byte = next else { throw Unsupported() }
            position += 1
            switch byte {
            case UInt8(ascii: "("): return try group()
            case UInt8(ascii: "["): return try characterClass()
            case UInt8(ascii: "\\"): return try escape()
            case UInt8(ascii: "."): return .unknown
            case UInt8(ascii: "^"), UInt8(ascii: "$"): return .empty
            case UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"): throw Unsupported()
            case 0xC0...0xFF:
                // A multi-byte character is one atom: a quantifier after it repeats all of its bytes.
                var character = [byte]
                while let continuation = next, continuation & 0xC0 == 0x80 {
                    character.append(continuation)
                    position += 1
                }
                return Info(exact: [character], required: [character])
            default: return .literal(byte)
            }
        }

        /// After `(`: a group, an assertion, an option setting, a comment or a verb.
        private mutating func group() throws(Unsupported) -> Info {
            if next == UInt8(ascii: "*") { return try verb() }
            guard next == UInt8(ascii: "?") else { return try groupBody() }
            position += 1
            switch next {
            case UInt8(ascii: ":"), UInt8(ascii: ">"), UInt8(ascii: "|"):
                position += 1
                return try groupBody()
            case UInt8(ascii: "="):
                position += 1
                return Info(exact: [[]], required: try groupBody().requirement)
            case UInt8(ascii: "!"):
                position += 1
                _ = try groupBody()
                return .empty
            case UInt8(ascii: "<") where peek(1) == UInt8(ascii: "=") || peek(1) == UInt8(ascii: "!"):
                let positive = peek(1) == UInt8(ascii: "=")
                position += 2
                let inner = try groupBody()
                return positive ? Info(exact: [[]], required: inner.requirement) : .empty
            case UInt8(ascii: "<"), UInt8(ascii: "'"), UInt8(ascii: "P"):
                // A named group: `(?<name>`, `(?'name'`, `(?P<name>` (other `(?P` forms are calls).
                if next == UInt8(ascii: "P") {
                    position += 1
                    guard next == UInt8(ascii: "<") else { throw Unsupported() }
                }
                let close = next == UInt8(ascii: "'") ? UInt8(ascii: "'") : UInt8(ascii: ">")
                position += 1
                while let byte = next, byte != close { position += 1 }
                guard next == close else { throw Unsupported() }
                position += 1
                return try groupBody()
            case UInt8(ascii: "#"):
                while let byte = next, byte != UInt8(ascii: ")") { position += 1 }
                guard next == UInt8(ascii: ")") else { throw Unsupported() }
                position += 1
                return .empty
            default:
                return try optionSetting()
            }
        }

        /// Option letters that change no literal (dot-all, multi-line, no auto-capture, ungreedy, duplicate
        /// names; `-` and `^` unset).
        private static let harmlessOptions = Set("smnUJ-^".utf8)

        /// `(?flags)` or `(?flags:…)`: dot-all, multi-line, ungreedy and the like change no literal;
        /// caseless and extended mode do, and anything else (conditions, calls, callouts) is not followed.
        private mutating func optionSetting() throws(Unsupported) -> Info {
            while let byte = next, Self.harmlessOptions.contains(byte) { position += 1 }
            switch next {
            case UInt8(ascii: ")"):
                position += 1
                return .empty
            case UInt8(ascii: ":"):
                position += 1
                return try groupBody()
            default:
                throw Unsupported()
            }
        }

        /// The backtracking controls, which consume nothing.
        private static let controlVerbs: Set<String> = ["COMMIT", "PRUNE", "SKIP", "THEN", "FAIL", "F", "MARK", ""]

        /// `(*VERB)`: backtracking controls and start-of-pattern settings consume nothing; `(*ACCEPT)`
        /// ends a match early and the alpha assertions (`(*pla:…)`) are not followed.
        private mutating func verb() throws(Unsupported) -> Info {
            position += 1
            var name: [UInt8] = []
            while let byte = next, byte != UInt8(ascii: ")"), byte != UInt8(ascii: ":"), byte != UInt8(ascii: "=") {
                name.append(byte)
                position += 1
            }
            let word = String(decoding: name, as: UTF8.self)
            let controls = Self.controlVerbs
            let setting =
                word.hasPrefix("LIMIT_") || word.hasPrefix("NO_") || word.hasPrefix("UTF")
                || [
                    "UCP", "CR", "LF", "CRLF", "ANYCRLF", "ANY", "NUL", "BSR_ANYCRLF", "BSR_UNICODE", "NOTEMPTY",
                    "NOTEMPTY_ATSTART",
                ].contains(word)
            guard controls.contains(word) || setting else { throw Unsupported() }
            if next == UInt8(ascii: ":") && !controls.contains(word) { throw Unsupported() }
            while let byte = next, byte != UInt8(ascii: ")") { position += 1 }
            guard next == UInt8(ascii: ")") else { throw Unsupported() }
            position += 1
            return .empty
        }

        /// A group's content, then its `)`.
        private mutating func groupBody() throws(Unsupported) -> Info {
            let info = try alternation()
            guard next == UInt8(ascii: ")") else { throw Unsupported() }
            position += 1
            return info
        }
    }
}
