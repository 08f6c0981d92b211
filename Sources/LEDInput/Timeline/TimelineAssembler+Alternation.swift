import LEDCore

extension TimelineAssembler {
    /// Single pulses taking turns between two colours — red, blue, red, blue … for at least
    /// ``TimelineTuning/minimumAlternatingPulses`` pulses (two cycles) — become one `alt` event.
    ///
    /// Its `count` is the number of pulses (a cycle may be incomplete, as in red, blue, red); its
    /// timing is the median on-time of all pulses and the median dark gap from one pulse to the next
    /// (whatever its colour), so the speed class is that of the flashes one sees. Solids of other
    /// colours lit meanwhile do not interrupt the alternation. Leaves `drafts` sorted by start.
    mutating func mergeAlternation(_ pulses: [TimelinePulse]) {
        drafts.sort { $0.start != $1.start ? $0.start < $1.start : $0.mask < $1.mask }
        let minimum = max(tuning.minimumAlternatingPulses, 3)
        guard drafts.count >= minimum else { return }
        let tolerance = simultaneity
        func isSingle(_ draft: TimelineEventDraft) -> Bool {
            draft.kind == .blink && draft.count == 1 && !draft.flags.contains(.ongoing)
        }
        var alternations: [TimelineEventDraft] = []
        var members: [Int] = []
        var first = 0
        while first < drafts.count {
            guard isSingle(drafts[first]) else {
                first += 1
                continue
            }
            members.removeAll(keepingCapacity: true)
            members.append(first)
            let a = drafts[first].mask
            var b: UInt8 = 0
            var skipped: UInt8 = 0
            var candidate = first + 1
            while candidate < drafts.count {
                let draft = drafts[candidate]
                if draft.kind == .solid, draft.mask & (a | b) == 0 {
                    skipped |= draft.mask
                    candidate += 1
                    continue
                }
                guard isSingle(draft) else { break }
                if members.count % 2 == 1, b == 0 {
                    guard draft.mask & a == 0, draft.mask & skipped == 0 else { break }
                    b = draft.mask
                }
                guard draft.mask == (members.count % 2 == 1 ? b : a) else { break }
                let previous = drafts[members[members.count - 1]]
                guard draft.start >= previous.end - tolerance, draft.start - previous.end <= tuning.longestRunGap else {
                    break
                }
                if members.count >= 2 {
                    let sameColor = drafts[members[members.count - 2]]
                    let gap = draft.start - sameColor.end
                    guard gap <= runBreak(for: draft.mask), gap <= tuning.longestRunGap else { break }
                }
                members.append(candidate)
                candidate += 1
            }
            guard members.count >= minimum else {
                first += 1
                continue
            }
            alternations.append(alternation(of: members, pulses))
            for member in members { drafts[member].isRemoved = true }
            first = members[members.count - 1] + 1
        }
        guard !alternations.isEmpty else { return }
        drafts.removeAll { $0.isRemoved }
        drafts.append(contentsOf: alternations)
        drafts.sort { $0.start != $1.start ? $0.start < $1.start : $0.mask < $1.mask }
    }

    /// The `alt` event of single-pulse drafts taking turns.
    private mutating func alternation(of members: [Int], _ pulses: [TimelinePulse]) -> TimelineEventDraft {
        let head = drafts[members[0]]
        var result = head
        result.kind = .alternating
        result.count = members.count
        result.headPulse = -1
        result.tailPulse = -1
        scratch.removeAll(keepingCapacity: true)
        for member in members {
            let draft = drafts[member]
            result.mask |= draft.mask
            result.end = max(result.end, draft.end)
            result.flags.formUnion(draft.flags)
            result.firstLine = min(result.firstLine, draft.firstLine)
            result.lastLine = max(result.lastLine, draft.lastLine)
            scratch.append(pulses[draft.headPulse].duration)
        }
        result.medianOn = CanonicalSeconds.rounded(TimelineSelection.median(selecting: &scratch))
        scratch.removeAll(keepingCapacity: true)
        for position in 1..<members.count {
            scratch.append(max(0, drafts[members[position]].start - drafts[members[position - 1]].end))
        }
        result.medianOff = CanonicalSeconds.rounded(TimelineSelection.median(selecting: &scratch))
        return result
    }
}
