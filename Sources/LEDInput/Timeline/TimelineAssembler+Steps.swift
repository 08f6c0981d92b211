import LEDCore

extension TimelineAssembler {
    /// Puts the anomaly flags of `off` transitions without `on` on the nearest event of their colour;
    /// a colour with no event in the episode gets an `off` event of its own. Keeps `drafts` sorted.
    mutating func attachOrphans(_ orphans: [(index: Int, orphan: TimelineOrphan)]) {
        guard !orphans.isEmpty else { return }
        var added = false
        for (index, orphan) in orphans {
            let bit = UInt8(truncatingIfNeeded: 1 << index)
            var best = -1
            var bestDistance = Double.infinity
            for candidate in drafts.indices where drafts[candidate].kind != .off && drafts[candidate].mask & bit != 0 {
                let draft = drafts[candidate]
                let distance = orphan.time < draft.start ? draft.start - orphan.time : max(0, orphan.time - draft.end)
                if distance < bestDistance {
                    best = candidate
                    bestDistance = distance
                }
            }
            if best >= 0 {
                drafts[best].flags.formUnion(orphan.flags)
                drafts[best].firstLine = min(drafts[best].firstLine, orphan.firstLine)
                drafts[best].lastLine = max(drafts[best].lastLine, orphan.lastLine)
            } else {
                drafts.append(TimelineEventDraft(orphanIndex: index, orphan: orphan))
                added = true
            }
        }
        if added {
            drafts.sort { $0.start != $1.start ? $0.start < $1.start : $0.mask < $1.mask }
        }
    }

    /// Groups the drafts (sorted by start) into steps: an event joins the current step when it is
    /// concurrent with one of its events, otherwise it starts the next step.
    func groupSteps() -> [EventStep] {
        var steps: [EventStep] = []
        steps.reserveCapacity(drafts.count)
        var groupStart = 0
        var groupEnd = drafts.first?.end ?? 0
        for index in drafts.indices.dropFirst() {
            let draft = drafts[index]
            // Nothing in the group reaches this far: no overlap possible. Otherwise look back from the
            // latest event, the likeliest to overlap.
            let joins =
                draft.start <= groupEnd
                && (groupStart..<index).reversed().contains { isConcurrent(drafts[$0], draft) }
            if joins {
                groupEnd = max(groupEnd, draft.end)
            } else {
                steps.append(step(of: groupStart..<index))
                groupStart = index
                groupEnd = draft.end
            }
        }
        if !drafts.isEmpty { steps.append(step(of: groupStart..<drafts.count)) }
        return steps
    }

    /// Whether two events happen at the same time: they overlap by at least
    /// ``TimelineTuning/concurrentOverlap`` of the shorter one (an instant inside the other counts).
    func isConcurrent(_ a: TimelineEventDraft, _ b: TimelineEventDraft) -> Bool {
        let overlap = min(a.end, b.end) - max(a.start, b.start)
        let shorter = min(a.duration, b.duration)
        if shorter <= 0 { return overlap >= 0 }
        return overlap > 0 && overlap >= tuning.concurrentOverlap * shorter
    }

    private func step(of range: Range<Int>) -> EventStep {
        if range.count == 1 { return EventStep(drafts[range.lowerBound].event(vocabulary: vocabulary)) }
        return EventStep(range.map { drafts[$0].event(vocabulary: vocabulary) })
    }
}
