public import LEDSupport

extension RankedCause: JSONObjectWritable {
    /// Writes a diagnosis's cause: `id`, `title`, `severity`, `confidence`, `expect`, `evidence`.
    public func writeMembers(to writer: inout JSONWriter) {
        writeHeadMembers(to: &writer)
        writer.number(confidence, key: "confidence")
        writeExpectMember(to: &writer)
        writer.objects("evidence", evidence)
    }

    /// `id`, `title` and `severity`: the cause's own.
    private func writeHeadMembers(to writer: inout JSONWriter) {
        writer.string(id, key: "id")
        writer.string(title, key: "title")
        writer.string(severity.rawValue, key: "severity")
    }

    /// `expect`: the cause's own.
    private func writeExpectMember(to writer: inout JSONWriter) {
        writer.string(expect, key: "expect")
    }

    /// The JSON of a cause object's members that are the cause's own — `id`, `title`, `severity` and
    /// `expect` — rendered once by the same code as ``writeMembers(to:)`` and spliced into later objects of
    /// that cause whose own parts are equal (``fits(_:)``); the confidence and the evidence are written for
    /// each (the batch splices the evidence's rule parts too: ``Evidence/RulePieces``).
    package struct Pieces: Sendable {
        /// The parts the pieces were rendered from.
        private let id: String
        private let title: String
        private let severity: Severity
        private let expect: String?
        /// `"id":"…","title":"…","severity":"…"`.
        private let head: [UInt8]
        /// `"expect":…`.
        private let expectMember: [UInt8]

        /// The pieces of `cause`'s own parts.
        package init(_ cause: RankedCause) {
            id = cause.id
            title = cause.title
            severity = cause.severity
            expect = cause.expect
            head = Evidence.RulePieces.members(cause.writeHeadMembers)
            expectMember = Evidence.RulePieces.members(cause.writeExpectMember)
        }

        /// Whether `cause`'s own parts are those the pieces were rendered from (at once when they share
        /// storage): then writing it with the pieces gives the bytes of ``writeMembers(to:)``.
        package func fits(_ cause: RankedCause) -> Bool {
            cause.id == id && cause.title == title && cause.severity == severity && cause.expect == expect
        }

        /// Writes `cause` (which ``fits(_:)`` the pieces) as one object, each evidence object by
        /// `writeEvidence`: the same bytes as `writer.object(cause)` when `writeEvidence` writes
        /// `writer.object(evidence)`'s.
        package func write(
            _ cause: RankedCause, to writer: inout JSONWriter,
            evidence writeEvidence: (inout JSONWriter, Evidence) -> Void
        ) {
            writer.beginObject()
            head.withUnsafeBufferPointer { writer.raw(bytes: $0) }
            writer.number(cause.confidence, key: "confidence")
            expectMember.withUnsafeBufferPointer { writer.raw(bytes: $0) }
            writer.array("evidence", cause.evidence, writeEvidence)
            writer.endObject()
        }
    }
}

extension Evidence: JSONObjectWritable {
    /// Writes `rule`, `span`, `groups` (by name, sorted), `explanation`, `sources`, `score` and `factors`.
    public func writeMembers(to writer: inout JSONWriter) {
        writeRuleMember(to: &writer)
        writeMatchMembers(to: &writer)
        writeAboutMembers(to: &writer)
        writeScoreMembers(to: &writer)
        writeFixedFactors(to: &writer)
        writer.endObject()
    }

    /// `rule`: the rule's id.
    private func writeRuleMember(to writer: inout JSONWriter) {
        writer.string(rule, key: "rule")
    }

    /// `span` and `groups`: where this match lies.
    private func writeMatchMembers(to writer: inout JSONWriter) {
        writer.integers("span", span)
        writer.members("groups", sorted: groups) { writer, name, value in writer.string(value, key: name) }
    }

    /// `explanation` and `sources`: the rule's own words.
    private func writeAboutMembers(to writer: inout JSONWriter) {
        writer.string(explanation, key: "explanation")
        writer.objects("sources", sources)
    }

    /// `score`, then the `factors` object opened and its factors that depend on the match and the device:
    /// `context`, `device` and `specificity` (``ScoreFactors/names`` order). Left open for
    /// ``writeFixedFactors(to:)``, which the caller closes.
    private func writeScoreMembers(to writer: inout JSONWriter) {
        writer.number(score, key: "score")
        writer.beginObject("factors")
        writer.number(factors.context, key: "context")
        writer.number(factors.device, key: "device")
        writer.number(factors.specificity, key: "specificity")
    }

    /// The factors that are the rule's own: `status`, `tier` and `weight`.
    private func writeFixedFactors(to writer: inout JSONWriter) {
        writer.number(factors.status, key: "status")
        writer.number(factors.tier, key: "tier")
        writer.number(factors.weight, key: "weight")
    }

    /// The JSON of an evidence object's members that depend on its rule — its id, explanation and sources —
    /// and on its score, rendered by the same code as ``writeMembers(to:)`` and spliced into later evidence
    /// objects of that rule. Only the span and the groups are written for each object; the rest — the
    /// explanation, the sources, the score and the factors — is rendered once for each score and factors
    /// the rule meets (a few: the specificity and the device's factor take few values), and copied after.
    /// The batch writes tens of evidence objects per record with a large catalog; with these, most of each
    /// object is a copy of bytes.
    package struct RulePieces: Sendable {
        /// The rule parts the pieces were rendered from.
        private let rule: String
        private let explanation: String
        private let sources: [SourceReference]
        /// `"rule":"…"`.
        private let head: [UInt8]
        /// Per score and factors met (their bits): `"explanation":"…","sources":[…],"score":…,"factors":{…}`.
        private var tails: [(numbers: Numbers, bytes: [UInt8])] = []

        /// The bits of an evidence's score and its factors.
        private struct Numbers: Equatable, Sendable {
            var score, context, device, specificity, status, tier, weight: UInt64
        }

        /// How many scores a rule's pieces remember; past these, the tail is written afresh.
        private static let tailLimit = 8

        /// The pieces of `evidence`'s rule parts.
        package init(_ evidence: Evidence) {
            rule = evidence.rule
            explanation = evidence.explanation
            sources = evidence.sources
            head = Self.members(evidence.writeRuleMember)
        }

        /// Whether `evidence`'s rule id, explanation and sources are those the pieces were rendered from
        /// (at once when they share storage): then writing it with the pieces gives the bytes of
        /// ``writeMembers(to:)``.
        package func fits(_ evidence: Evidence) -> Bool {
            evidence.rule == rule && evidence.explanation == explanation && evidence.sources == sources
        }

        private static func numbers(_ evidence: Evidence) -> Numbers {
            let factors = evidence.factors
            return Numbers(
                score: evidence.score.bitPattern, context: factors.context.bitPattern,
                device: factors.device.bitPattern, specificity: factors.specificity.bitPattern,
                status: factors.status.bitPattern, tier: factors.tier.bitPattern, weight: factors.weight.bitPattern)
        }

        /// The members `write` writes into an object of their own, without its braces: what the same calls
        /// write after a comma inside a larger object is a comma and these bytes.
        static func members(_ write: (inout JSONWriter) -> Void) -> [UInt8] {
            var writer = JSONWriter(capacity: 512)
            writer.beginObject()
            write(&writer)
            writer.endObject()
            return Array(writer.bytes.dropFirst().dropLast())
        }

        /// Writes `evidence` (which ``fits(_:)`` the pieces) as one object: the same bytes as
        /// `writer.object(evidence)`. A score and factors met for the first time have their tail rendered
        /// and remembered.
        package mutating func write(_ evidence: Evidence, to writer: inout JSONWriter) {
            writer.beginObject()
            head.withUnsafeBufferPointer { writer.raw(bytes: $0) }
            evidence.writeMatchMembers(to: &writer)
            let numbers = Self.numbers(evidence)
            if let tail = tails.first(where: { $0.numbers == numbers }) {
                tail.bytes.withUnsafeBufferPointer { writer.raw(bytes: $0) }
            } else {
                let bytes = Self.members { writer in
                    evidence.writeAboutMembers(to: &writer)
                    evidence.writeScoreMembers(to: &writer)
                    evidence.writeFixedFactors(to: &writer)
                    writer.endObject()
                }
                if tails.count < Self.tailLimit { tails.append((numbers, bytes)) }
                bytes.withUnsafeBufferPointer { writer.raw(bytes: $0) }
            }
            writer.endObject()
        }
    }
}

extension SourceReference: JSONObjectWritable {
    /// Writes `ref` and `tier`.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.string(ref, key: "ref")
        writer.string(tier.rawValue, key: "tier")
    }
}

extension ScoreFactors: JSONObjectWritable {
    /// Writes the factors in the order of ``ScoreFactors/names`` (alphabetical), without looking each
    /// one up by name.
    public func writeMembers(to writer: inout JSONWriter) {
        writer.number(context, key: "context")
        writer.number(device, key: "device")
        writer.number(specificity, key: "specificity")
        writer.number(status, key: "status")
        writer.number(tier, key: "tier")
        writer.number(weight, key: "weight")
    }
}
