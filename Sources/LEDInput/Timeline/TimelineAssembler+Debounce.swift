extension TimelineAssembler {
    /// Finds the glitch threshold, merges short gaps within a colour and drops short spikes.
    mutating func debounce(_ pulses: inout [TimelinePulse]) {
        var shortest = Double.infinity
        var longest = -Double.infinity
        for pulse in pulses where !pulse.isOngoing {
            shortest = min(shortest, pulse.duration)
            longest = max(longest, pulse.duration)
        }
        guard shortest <= longest else { return }
        let threshold: Double
        if TimelineClusters.isBoundary(shortest, longest, ratio: 2) {
            scratch.removeAll(keepingCapacity: true)
            for pulse in pulses where !pulse.isOngoing { scratch.append(pulse.duration) }
            TimelineSelection.sort(&scratch)
            threshold = TimelineClusters.glitchThreshold(sortedOns: scratch, tuning: tuning)
        } else {
            // One cluster: it is the smallest real pulse (what `glitchThreshold` finds, without sorting).
            threshold = min(0.5 * shortest, tuning.glitchCeiling)
        }
        glitchThreshold = threshold
        guard threshold > 0 else { return }
        mergeShortGaps(&pulses, below: threshold)
        removeSpikes(&pulses, below: threshold)
    }

    /// A dark gap shorter than `threshold` between two pulses of one colour (a 5 ms `off` inside an
    /// `on`): the two become one pulse, marked `debounced`.
    private mutating func mergeShortGaps(_ pulses: inout [TimelinePulse], below threshold: Double) {
        let merged = pulses.withUnsafeMutableBufferPointer { pulses in
            var lastByColor = TimelineColorTable(repeating: -1)  // inline: no allocation per episode
            var merged = 0
            for index in pulses.indices {
                let color = pulses[index].mask.trailingZeroBitCount
                let previous = lastByColor[color]
                if previous >= 0, !pulses[previous].isOngoing, pulses[index].on - pulses[previous].off < threshold {
                    let pulse = pulses[index]
                    pulses[previous].off = max(pulses[previous].off, pulse.off)
                    pulses[previous].absorb(pulse)
                    pulses[previous].flags.insert(.debounced)
                    pulses[index].mask = 0
                    merged += 1
                } else {
                    lastByColor[color] = index
                }
            }
            return merged
        }
        if merged > 0 {
            glitches += merged
            pulses.removeAll { $0.mask == 0 }
        }
    }

    /// A pulse shorter than `threshold` (a 5 ms spike) is dropped; the nearest pulse of its colour —
    /// or else a pulse of another colour lit around it, or else the nearest pulse — takes its flags and
    /// `debounced`.
    private mutating func removeSpikes(_ pulses: inout [TimelinePulse], below threshold: Double) {
        func isSpike(_ pulse: TimelinePulse) -> Bool { !pulse.isOngoing && pulse.duration < threshold }
        guard pulses.contains(where: isSpike) else { return }
        let count = pulses.count
        let colors = TimelineColorMask.colorCount
        var sameHost = [Int](repeating: -1, count: count)
        var sameDistance = [Double](repeating: .infinity, count: count)
        var otherHost = [Int](repeating: -1, count: count)
        var otherDistance = [Double](repeating: .infinity, count: count)

        // Forward: the previous kept pulse of the colour, and the kept pulse reaching furthest.
        var previousSame = [Int](repeating: -1, count: colors)
        var furthest = -1
        for index in 0..<count {
            let pulse = pulses[index]
            let color = pulse.mask.trailingZeroBitCount
            if isSpike(pulse) {
                if previousSame[color] >= 0 {
                    sameHost[index] = previousSame[color]
                    sameDistance[index] = max(0, pulse.on - pulses[previousSame[color]].off)
                }
                if furthest >= 0 {
                    otherHost[index] = furthest
                    otherDistance[index] = max(0, pulse.on - pulses[furthest].off)
                }
            } else {
                previousSame[color] = index
                if furthest < 0 || pulse.off > pulses[furthest].off { furthest = index }
            }
        }
        // Backward: the next kept pulse of the colour, and the next kept pulse at all.
        var nextSame = [Int](repeating: -1, count: colors)
        var nextAny = -1
        for index in stride(from: count - 1, through: 0, by: -1) {
            let pulse = pulses[index]
            let color = pulse.mask.trailingZeroBitCount
            if isSpike(pulse) {
                let next = nextSame[color]
                if next >= 0, pulses[next].on - pulse.off < sameDistance[index] {
                    sameHost[index] = next
                    sameDistance[index] = max(0, pulses[next].on - pulse.off)
                }
                if nextAny >= 0, pulses[nextAny].on - pulse.off < otherDistance[index] {
                    otherHost[index] = nextAny
                    otherDistance[index] = max(0, pulses[nextAny].on - pulse.off)
                }
            } else {
                nextSame[color] = index
                nextAny = index
            }
        }
        var removed = 0
        for index in 0..<count where isSpike(pulses[index]) {
            let host = sameHost[index] >= 0 ? sameHost[index] : otherHost[index]
            guard host >= 0 else { continue }
            let spike = pulses[index]
            pulses[host].absorb(spike)
            pulses[host].flags.insert(.debounced)
            pulses[index].mask = 0
            removed += 1
        }
        if removed > 0 {
            glitches += removed
            pulses.removeAll { $0.mask == 0 }
        }
    }

    /// Pulses of different colours that go on together and off together (within the glitch
    /// threshold, at least 1 ms) are one pulse of several colours: LEDs lit together. Only the next
    /// few pulses are candidates (at most seven colours can be lit), which keeps a log of thousands of
    /// pulses at one timestamp linear.
    mutating func mergeLitTogether(_ pulses: inout [TimelinePulse]) {
        let tolerance = simultaneity
        let window = 4 * TimelineColorMask.colorCount
        let merged = pulses.withUnsafeMutableBufferPointer { pulses in
            var merged = 0
            for index in pulses.indices where pulses[index].mask != 0 {
                var other = index + 1
                let limit = min(pulses.count, index + 1 + window)
                while other < limit, pulses[other].on - pulses[index].on <= tolerance {
                    let candidate = pulses[other]
                    if candidate.mask != 0, candidate.mask & pulses[index].mask == 0,
                        abs(candidate.off - pulses[index].off) <= tolerance,
                        candidate.isOngoing == pulses[index].isOngoing
                    {
                        pulses[index].mask |= candidate.mask
                        pulses[index].off = max(pulses[index].off, candidate.off)
                        pulses[index].absorb(candidate)
                        pulses[other].mask = 0
                        merged += 1
                    }
                    other += 1
                }
            }
            return merged
        }
        if merged > 0 { pulses.removeAll { $0.mask == 0 } }
    }
}
