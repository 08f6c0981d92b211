import LEDCore

extension TimelineAssembler {
    /// Classifies pulses as solid or blink, and groups the blink pulses into runs (`drafts`).
    mutating func formEvents(_ pulses: inout [TimelinePulse]) {
        let solidAt = solidThreshold(pulses)
        // The loops work on the pulses through a buffer: no uniqueness or bounds check per access.
        pulses.withUnsafeMutableBufferPointer { pulses in
            // Each short pulse gets the index of its colour mask in `runMasks`; long pulses keep -1.
            for index in pulses.indices where pulses[index].duration < solidAt {
                let mask = pulses[index].mask
                if let known = runMasks.firstIndex(of: mask) {
                    pulses[index].runSlot = Int32(truncatingIfNeeded: known)
                } else {
                    pulses[index].runSlot = Int32(truncatingIfNeeded: runMasks.count)
                    runMasks.append(mask)
                }
            }
            findRunBreaks(UnsafeBufferPointer(pulses))
            formRuns(pulses)
            for draft in drafts.indices where drafts[draft].kind == .blink {
                summarizeRun(draft, UnsafeBufferPointer(pulses))
            }
        }
    }

    /// Turns the classified pulses into `drafts`: each long pulse a solid, runs of short ones blinks.
    private mutating func formRuns(_ pulses: UnsafeMutableBufferPointer<TimelinePulse>) {
        let count = pulses.count
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
                joins =
                    gap <= runBreaks[slot] && gap <= tuning.longestRunGap
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
    }

    /// The solid/blink threshold of the episode (see
    /// ``TimelineClusters/solidThreshold(sortedOns:longestBlinkOn:tuning:)``);
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
    private mutating func findRunBreaks(_ pulses: UnsafeBufferPointer<TimelinePulse>) {
        runBreaks.removeAll(keepingCapacity: true)
        runBreaks.append(contentsOf: repeatElement(.infinity, count: runMasks.count))
        reserveScratch(pulses.count)
        let ratio = tuning.clusterRatio
        for slot in runMasks.indices {
            let mask = Int32(truncatingIfNeeded: slot)
            let found: Double? = scratch.withUnsafeMutableBufferPointer { gaps in
                var used = 0
                var shortest = Double.infinity
                var longest = -Double.infinity
                var last = -1
                for index in pulses.indices where pulses[index].runSlot == mask {
                    if last >= 0, used < gaps.count {
                        let gap = pulses[index].on - pulses[last].off
                        gaps[used] = gap
                        used += 1
                        shortest = min(shortest, gap)
                        longest = max(longest, gap)
                    }
                    last = index
                }
                guard used > 1, TimelineClusters.isBoundary(shortest, longest, ratio: ratio) else { return nil }
                let sorted = UnsafeMutableBufferPointer(rebasing: gaps[0..<used])
                TimelineSelection.sort(sorted)
                return TimelineClusters.runBreak(sortedGaps: UnsafeBufferPointer(sorted), ratio: ratio)
            }
            if let found { runBreaks[slot] = found }
        }
    }

    /// Makes `scratch` hold at least `count` numbers, to be overwritten in place.
    private mutating func reserveScratch(_ count: Int) {
        if scratch.count < count { scratch.append(contentsOf: repeatElement(0, count: count - scratch.count)) }
    }

    /// The dark gap at which runs of `mask` break (infinity when it has no runs).
    func runBreak(for mask: UInt8) -> Double {
        guard let index = runMasks.firstIndex(of: mask) else { return .infinity }
        return runBreaks[index]
    }

    /// Fills in a run's median on-time (of its completed pulses) and median dark gap, rounded.
    /// The run's numbers go into `scratch` in place (one per pulse of the run, which links them).
    private mutating func summarizeRun(_ draft: Int, _ pulses: UnsafeBufferPointer<TimelinePulse>) {
        let head = drafts[draft].headPulse
        let count = drafts[draft].count
        reserveScratch(count)
        let (on, off): (Double, Double?) = scratch.withUnsafeMutableBufferPointer { values in
            var used = 0
            var index = head
            while index >= 0, used < values.count {
                if !pulses[index].isOngoing {
                    values[used] = pulses[index].duration
                    used += 1
                }
                index = Int(pulses[index].nextInRun)
            }
            let on = TimelineSelection.median(selecting: UnsafeMutableBufferPointer(rebasing: values[0..<used]))
            guard count > 1 else { return (on, nil) }
            used = 0
            index = head
            var next = Int(pulses[index].nextInRun)
            while next >= 0, used < values.count {
                values[used] = pulses[next].on - pulses[index].off
                used += 1
                index = next
                next = Int(pulses[next].nextInRun)
            }
            return (on, TimelineSelection.median(selecting: UnsafeMutableBufferPointer(rebasing: values[0..<used])))
        }
        drafts[draft].medianOn = CanonicalSeconds.rounded(on)
        drafts[draft].medianOff = off.map { CanonicalSeconds.rounded($0) }
    }
}
