import LEDCore
import PCRE2

/// The hits of an observation with one more context stated — a hypothetical "yes, CONTEXT" the question
/// planner weighs — for any context, from what the rules make of the observation's own canonical string.
///
/// Stating a context changes only the string's header (`ctx=`). A header-blind rule (``HeaderBlindness``,
/// the catalog's contract that `patterns lint` checks) matches the stated string where it matches the
/// base one, and with the same score: its specificity counts the event tokens the match touches, and the
/// events are the same. So a header-blind rule's outcome with a context stated follows from the base
/// string: a base hit stays when the rule's context filters still let it through, and a rule the stated
/// contexts filter out hits when its pattern matches the base string and its filters let it through with
/// the context. Those patterns are matched once per observation, not once per context; only the rules
/// that may read the header are matched on each stated string. The hits are read for their rules and
/// scores only (the question planner's): a kept hit keeps its place in the base string.
///
/// Without the prefilter (the reference path) every rule is matched again on every stated string
/// (``Diagnoser/headerReaderHits(stating:_:canonical:layout:from:scratch:)``); `HeaderBlindnessTests` compares
/// the two.
struct StatedHits {
    /// The observation's own hits, in catalog order.
    let base: [RuleHit]
    /// The header-blind rules that fit the device but not the stated contexts, that one more context
    /// can let through, and whose patterns match the base string: their hits there, in catalog order.
    let filteredOut: [RuleHit]
    /// The contexts the observation states, as bits.
    let stated: UInt64
    /// Whether every rule is matched again on each stated string (no prefilter: the reference path).
    let matchesEveryRule: Bool
}

extension Diagnoser {
    /// What ``StatedHits/hits(stating:readers:rules:)`` needs of `observation`, whose canonical string
    /// `bytes` its rules hit as `base`, with the prefilter's `candidates` on it: the header-blind rules the
    /// stated contexts filter out are tried — those the prefilter lets through, that fit the device, and
    /// that one more context could let through (none of the stated contexts excluded, one required
    /// context missing).
    func statedHits(
        _ observation: Observation, bytes: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout, base: [RuleHit],
        candidates: RulePrefilter.Candidates?
    ) -> StatedHits {
        let stated = RuleTable.bits(observation.contexts)
        guard let candidates else {
            return StatedHits(base: base, filteredOut: [], stated: stated, matchesEveryRule: true)
        }
        let device = rules.key(forDevice: observation.device)
        var filteredOut: [RuleHit] = []
        func consider(_ index: Int) {
            let missing = rules.required[index] & ~stated
            guard missing.nonzeroBitCount == 1, rules.excluded[index] & (stated | missing) == 0,
                !rules.readsHeader[index], rules.fitsDevice(index, device),
                let match = try? rules.patterns[index].firstMatch(inValidUTF8: bytes)
            else { return }
            filteredOut.append(hit(index, match, layout: layout, device: observation.device))
        }
        candidates.forEach(consider)
        return StatedHits(base: base, filteredOut: filteredOut, stated: stated, matchesEveryRule: false)
    }

    /// What `stated` — the observation of `hypotheses` with `context` stated — hits that its base string
    /// does not tell: the hits of the rules that may read the header, matched on its canonical string
    /// (written into `scratch` from the base string `canonical`, laid out as `layout`) when the header
    /// readers' prefilter lets them through on it; without the prefilter, every rule's hits on it.
    /// ``StatedHits/hits(stating:readers:rules:)`` completes them.
    func headerReaderHits(
        stating context: ObservationContext, _ stated: Observation, canonical: UnsafeBufferPointer<UInt8>,
        layout: CanonicalLayout, from hypotheses: StatedHits, scratch: inout [UInt8]
    ) -> [RuleHit] {
        guard hypotheses.matchesEveryRule || !rules.headerReaders.isEmpty else { return [] }
        scratch.removeAll(keepingCapacity: true)
        let statedLayout = CanonicalWriter.write(stated, eventsOf: canonical, layout: layout, into: &scratch)
        if hypotheses.matchesEveryRule {
            return scratch.withUnsafeBufferPointer { matchRules(stated, bytes: $0, layout: statedLayout).hits }
        }
        let device = rules.key(forDevice: stated.device)
        let contexts = hypotheses.stated | RuleTable.contextBit(context)
        var readers: [RuleHit] = []
        scratch.withUnsafeBufferPointer { bytes in
            // A header reader none of whose literals the stated string holds does not match it. (The header
            // readers' own prefilter: scanning with the whole catalog's costs more than it saves.)
            let candidates = rules.headerReaderPrefilter?.candidates(bytes)
            for (position, index) in rules.headerReaders.enumerated()
            where candidates?.contains(position) != false && rules.fitsDevice(index, device)
                && rules.fitsContexts(index, contexts)
            {
                guard let match = try? rules.patterns[index].firstMatch(inValidUTF8: bytes) else { continue }
                readers.append(hit(index, match, layout: statedLayout, device: stated.device))
            }
        }
        return readers
    }
}

extension StatedHits {
    /// The hits of the observation with `context` stated, in catalog order — the same rules and scores as
    /// ``Diagnoser/matchRules(_:bytes:layout:)``'s hits on its canonical string — given `readers`, its
    /// ``Diagnoser/headerReaderHits(stating:_:canonical:layout:from:scratch:)`` (a kept hit keeps its place in
    /// the base string).
    func hits(stating context: ObservationContext, readers: [RuleHit], rules: RuleTable) -> [RuleHit] {
        if matchesEveryRule { return readers }
        let contexts = stated | RuleTable.contextBit(context)
        // Three lists in catalog order, their rules apart: the base hits and the filtered-out ones of
        // header-blind rules the contexts let through, and the header readers' hits on the stated string.
        var hits: [RuleHit] = []
        hits.reserveCapacity(base.count + filteredOut.count + readers.count)
        var (b, f, r) = (0, 0, 0)
        while true {
            while b < base.count, rules.readsHeader[base[b].rule] || !rules.fitsContexts(base[b].rule, contexts) {
                b += 1
            }
            while f < filteredOut.count, !rules.fitsContexts(filteredOut[f].rule, contexts) { f += 1 }
            let next = min(
                b < base.count ? base[b].rule : Int.max, f < filteredOut.count ? filteredOut[f].rule : Int.max,
                r < readers.count ? readers[r].rule : Int.max)
            guard next != Int.max else { return hits }
            if b < base.count, base[b].rule == next {
                hits.append(base[b])
                b += 1
            } else if f < filteredOut.count, filteredOut[f].rule == next {
                hits.append(filteredOut[f])
                f += 1
            } else {
                hits.append(readers[r])
                r += 1
            }
        }
    }
}
