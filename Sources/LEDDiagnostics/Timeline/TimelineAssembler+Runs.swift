extension TimelineAssembler {
    /// Classifies pulses as solid or blink, and groups the blink pulses into runs (`drafts`).
    mutating func formEvents(_ pulses: inout [TimelinePulse]) {
        let count = pulses.count
        let solidAt = solidThreshold(pulses)

        // Each short pulse gets the index of its colour mask in `runMasks`; long pulses keep -1.
        for index in 0..<count where pulses[index].duration < solidAt {
            let mask = pulses[index].mask
            if let known = runMasks.firstIndex(of: mask) {
                pulses[index].runSlot = Int32(truncatingIfNeeded: known)
            } else {
                pulses[index].runSlot = Int32(truncatingIfNeeded: runMasks.count)
                runMasks.append(mask)
            }
        }
        findRunBreaks(pulses)

        var openRun = [Int](repeating: -1, count: runMasks.count)  // draft index per mask slot
        var openRuns: [Int] = []  // draft indices
        openRuns.reserveCapacity(runMasks.count)
        let tolerance = simultaneity

        for index in 0..<count {
            let pulse = pulses[index]
            let slot = Int(pulse.runSlot)
            var run = slot >= 0 ? openRun[slot] : -1
            var joins = false
            if run >= 0 {
                let gap = pulse.on - drafts[run].end
                joins = gap <= runBreaks[slot] && gap <= tuning.longestRunGap
                    && pulse.on < drafts[run].interruptEnd - tolerance
            }
            if slot < 0 || (!joins && pulse.isOngoing) {
                // A solid (an ongoing pulse that continues no run is one too): ends runs sharing a colour.
                if !openRuns.isEmpty {
                    openRuns.removeAll { draft in
                        guard drafts[draft].mask & pulse.mask != 0 else { return false }
                        openRun[Int(pulses[drafts[draft].headPulse].runSlot)] = -1
                        return true
                    }
                }
                drafts.append(TimelineEventDraft(kind: .solid, pulse: pulse))
                continue
            }
            if joins {
                pulses[drafts[run].tailPulse].nextInRun = Int32(truncatingIfNeeded: index)
                drafts[run].tailPulse = index
                drafts[run].end = pulse.off
                drafts[run].count += 1
                drafts[run].flags.formUnion(pulse.flags)
                drafts[run].firstLine = min(drafts[run].firstLine, pulse.firstLine)
                drafts[run].lastLine = max(drafts[run].lastLine, pulse.lastLine)
                drafts[run].interruptEnd = .infinity
            } else {
                if run >= 0 { openRuns.removeAll { $0 == run } }
                var draft = TimelineEventDraft(kind: .blink, pulse: pulse)
                draft.count = 1
                draft.headPulse = index
                draft.tailPulse = index
                run = drafts.count
                drafts.append(draft)
                openRun[slot] = run
                openRuns.append(run)
            }
            // A pulse lit while another run's last pulse is still on makes the two colours concurrent
            // (independent blinkers). Otherwise a pulse of a colour not concurrent with a run, starting
            // after the run's last pulse ended, interrupts that run if it is over before the run's next
            // pulse starts: the colours took turns.
            if openRuns.count > 1 {
                for other in openRuns where other != run {
                    if pulse.on < drafts[other].end - tolerance {
                        drafts[other].concurrentMask |= pulse.mask
                        drafts[run].concurrentMask |= drafts[other].mask
                    } else if drafts[other].concurrentMask & pulse.mask == 0 {
                        drafts[other].interruptEnd = min(drafts[other].interruptEnd, pulse.off)
                    }
                }
            }
        }
        for draft in drafts.indices where drafts[draft].kind == .blink {
            summarizeRun(draft, pulses)
        }
    }

    /// The solid/blink threshold of the episode (see ``TimelineClusters/solidThreshold(sortedOns:longestBlinkOn:tuning:)``);
    /// sorts the on-durations only when they form more than one cluster or straddle the vocabulary's value.
    private mutating func solidThreshold(_ pulses: [TimelinePulse]) -> Double {
        let longestBlinkOn = vocabulary.longestBlinkOn
        var shortest = Double.infinity
        var longest = -Double.infinity
        for pulse in pulses where !pulse.isOngoing {
            shortest = min(shortest, pulse.duration)
            longest = max(longest, pulse.duration)
        }
        let oneCluster = !TimelineClusters.isBoundary(shortest, longest, ratio: tuning.clusterRatio)
        let straddles = shortest < longestBlinkOn && longestBlinkOn <= longest
        guard shortest < longest, !oneCluster || straddles else { return longestBlinkOn }
        scratch.removeAll(keepingCapacity: true)
        for pulse in pulses where !pulse.isOngoing { scratch.append(pulse.duration) }
        TimelineSelection.sort(&scratch)
        return TimelineClusters.solidThreshold(sortedOns: scratch, longestBlinkOn: longestBlinkOn, tuning: tuning)
    }

    /// For each short-pulse mask, the dark gap at which its runs break: the gaps between its consecutive
    /// pulses are clustered, and the threshold goes between the first (usual off time) cluster and the
    /// next. One cluster: no break from clustering (``TimelineTuning/longestRunGap`` still applies).
    private mutating func findRunBreaks(_ pulses: [TimelinePulse]) {
        runBreaks.removeAll(keepingCapacity: true)
        runBreaks.append(contentsOf: repeatElement(.infinity, count: runMasks.count))
        for slot in runMasks.indices {
            let mask = Int32(truncatingIfNeeded: slot)
            scratch.removeAll(keepingCapacity: true)
            var shortest = Double.infinity
            var longest = -Double.infinity
            var last = -1
            for index in pulses.indices where pulses[index].runSlot == mask {
                if last >= 0 {
                    let gap = pulses[index].on - pulses[last].off
                    scratch.append(gap)
                    shortest = min(shortest, gap)
                    longest = max(longest, gap)
                }
                last = index
            }
            guard scratch.count > 1, TimelineClusters.isBoundary(shortest, longest, ratio: tuning.clusterRatio) else { continue }
            TimelineSelection.sort(&scratch)
            runBreaks[slot] = TimelineClusters.runBreak(sortedGaps: scratch[...], ratio: tuning.clusterRatio)
        }
    }

    /// The dark gap at which runs of `mask` break (infinity when it has no runs).
    func runBreak(for mask: UInt8) -> Double {
        guard let index = runMasks.firstIndex(of: mask) else { return .infinity }
        return runBreaks[index]
    }

    /// Fills in a run's median on-time (of its completed pulses) and median dark gap, rounded.
    private mutating func summarizeRun(_ draft: Int, _ pulses: [TimelinePulse]) {
        scratch.removeAll(keepingCapacity: true)
        var index = drafts[draft].headPulse
        while index >= 0 {
            if !pulses[index].isOngoing { scratch.append(pulses[index].duration) }
            index = Int(pulses[index].nextInRun)
        }
        drafts[draft].medianOn = CanonicalSeconds.rounded(TimelineSelection.median(selecting: &scratch))
        guard drafts[draft].count > 1 else {
            drafts[draft].medianOff = nil
            return
        }
        scratch.removeAll(keepingCapacity: true)
        index = drafts[draft].headPulse
        var next = Int(pulses[index].nextInRun)
        while next >= 0 {
            scratch.append(pulses[next].on - pulses[index].off)
            index = next
            next = Int(pulses[next].nextInRun)
        }
        drafts[draft].medianOff = CanonicalSeconds.rounded(TimelineSelection.median(selecting: &scratch))
    }
}
