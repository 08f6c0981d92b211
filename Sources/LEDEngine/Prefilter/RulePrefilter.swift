/// Which rules could match a subject, found without running them (#15; FilteredRE2's design): each
/// rule's pattern is filed under its ``RequiredLiterals``, one ``LiteralScanner`` pass finds the
/// literals the subject holds, and only the rules filed under one of them — and the rules filed under
/// none, which always run — go to PCRE2. A rule left out cannot match: its every match contains one
/// of its literals. So the matcher's outcome is the same with or without it (tested on every corpus
/// observation and catalog example, and fuzzed).
struct RulePrefilter: Sendable {
    /// Per rule: what its pattern requires.
    let requirements: [RequiredLiterals]
    private let scanner: LiteralScanner
    /// Per literal id: the rules filed under it.
    private let rulesOfLiteral: [[Int32]]
    /// The rules with no usable literal, as a mask.
    private let alwaysRun: [UInt64]

    /// The prefilter for rules whose resolved patterns are `patterns`.
    init(patterns: [String]) {
        let requirements = patterns.map(RequiredLiterals.init(pattern:))
        var literalIDs: [[UInt8]: Int] = [:]
        var literals: [[UInt8]] = []
        var rulesOfLiteral: [[Int32]] = []
        var alwaysRun = [UInt64](repeating: 0, count: (patterns.count + 63) / 64)
        for (rule, requirement) in requirements.enumerated() {
            switch requirement {
            case .always:
                alwaysRun[rule >> 6] |= 1 &<< UInt64(rule & 63)
            case .anyOf(let needed):
                for literal in needed {
                    let id: Int
                    if let known = literalIDs[literal] {
                        id = known
                    } else {
                        id = literals.count
                        literalIDs[literal] = id
                        literals.append(literal)
                        rulesOfLiteral.append([])
                    }
                    rulesOfLiteral[id].append(Int32(rule))
                }
            }
        }
        self.requirements = requirements
        self.scanner = LiteralScanner(literals)
        self.rulesOfLiteral = rulesOfLiteral
        self.alwaysRun = alwaysRun
    }

    /// The rules that could match `subject`: a bit per rule.
    func candidates(_ subject: UnsafeBufferPointer<UInt8>) -> Candidates {
        var bits = alwaysRun
        scanner.scan(subject) { literal in
            for rule in rulesOfLiteral[literal] { bits[Int(rule) >> 6] |= 1 &<< UInt64(rule & 63) }
        }
        return Candidates(bits: bits)
    }

    /// A set of rules, as bits.
    struct Candidates: Sendable {
        fileprivate var bits: [UInt64]

        /// Whether rule `rule` may match.
        @inline(__always)
        func contains(_ rule: Int) -> Bool {
            bits[rule >> 6] & (1 &<< UInt64(rule & 63)) != 0
        }

        /// Calls `body` with every rule that may match, in catalog order: a pass over the candidates, not
        /// over every rule.
        func forEach(_ body: (Int) -> Void) {
            for (word, value) in bits.enumerated() {
                var rest = value
                while rest != 0 {
                    body(word << 6 | rest.trailingZeroBitCount)
                    rest &= rest &- 1
                }
            }
        }
    }
}
