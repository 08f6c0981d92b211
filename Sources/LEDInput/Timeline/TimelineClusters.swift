/// Adaptive duration classes, the way Morse decoders find dots and dashes: sort the durations,
/// and wherever two neighbours are at least a ratio apart a new cluster starts; thresholds go into
/// those gaps (at the geometric mean of the two sides) instead of being fixed numbers.
enum TimelineClusters {
    /// Durations below this are treated as this when comparing ratios (zero-length pulses).
    static let floor = 1e-6

    /// Whether `upper` starts a new cluster after `lower` (both from one sorted list).
    @inline(__always)
    static func isBoundary(_ lower: Double, _ upper: Double, ratio: Double) -> Bool {
        upper >= ratio * max(lower, floor)
    }

    /// The debounce threshold of an episode from its sorted completed on-durations: half the smallest
    /// real pulse, and never above `tuning.glitchCeiling`. Clusters (split where neighbours are
    /// twice apart: "half") at the bottom whose longest member is under the ceiling are glitches;
    /// the first other cluster is the smallest real pulse. Zero when nothing is known.
    static func glitchThreshold(sortedOns: [Double], tuning: TimelineTuning) -> Double {
        guard let last = sortedOns.last else { return 0 }
        var clusterStart = 0
        var index = 1
        while index <= sortedOns.count {
            let endsCluster = index == sortedOns.count || isBoundary(sortedOns[index - 1], sortedOns[index], ratio: 2)
            if endsCluster {
                let isTop = index == sortedOns.count
                if isTop || sortedOns[index - 1] >= tuning.glitchCeiling {
                    return min(0.5 * sortedOns[clusterStart], tuning.glitchCeiling)
                }
                clusterStart = index
            }
            index += 1
        }
        return min(0.5 * last, tuning.glitchCeiling)
    }

    /// The solid/blink threshold of an episode from its sorted completed on-durations. Starts at
    /// `longestBlinkOn`; moves to the gap between on-duration clusters nearest to it (within
    /// `tuning.adaptiveWindow`); and when a tight cluster (spread under 2×, i.e. one jittered pulse
    /// length) still straddles it, moves to that cluster's edge so the whole cluster is classified by
    /// its median. Pulses at least this long are solid.
    static func solidThreshold(sortedOns: [Double], longestBlinkOn: Double, tuning: TimelineTuning) -> Double {
        var threshold = longestBlinkOn
        guard sortedOns.count > 1 else { return threshold }
        let window = max(tuning.adaptiveWindow, 1)
        var bestDistance = Double.infinity
        for index in 1..<sortedOns.count
        where isBoundary(sortedOns[index - 1], sortedOns[index], ratio: tuning.clusterRatio) {
            let candidate = (max(sortedOns[index - 1], floor) * sortedOns[index]).squareRoot()
            // Distance on a log scale, as a ratio ≥ 1.
            let distance = candidate > longestBlinkOn ? candidate / longestBlinkOn : longestBlinkOn / candidate
            if distance <= window, distance < bestDistance {
                bestDistance = distance
                threshold = candidate
            }
        }
        // Does one cluster straddle the threshold?
        var low = 0
        while low < sortedOns.count, sortedOns[low] < threshold { low += 1 }
        guard low > 0, low < sortedOns.count,
            !isBoundary(sortedOns[low - 1], sortedOns[low], ratio: tuning.clusterRatio)
        else { return threshold }
        var first = low - 1
        while first > 0, !isBoundary(sortedOns[first - 1], sortedOns[first], ratio: tuning.clusterRatio) { first -= 1 }
        var last = low
        while last + 1 < sortedOns.count, !isBoundary(sortedOns[last], sortedOns[last + 1], ratio: tuning.clusterRatio)
        { last += 1 }
        let lowest = sortedOns[first]
        let highest = sortedOns[last]
        guard highest < 2 * max(lowest, floor) else { return threshold }
        let median = TimelineSelection.median(sorted: sortedOns[first...last])
        return median < threshold ? highest.nextUp : lowest
    }

    /// The gap at which a run of one colour breaks, from that colour's sorted dark gaps: the gap
    /// between the first (intra-run) cluster and the next, or infinity when there is one cluster.
    static func runBreak<Gaps: RandomAccessCollection<Double>>(sortedGaps: Gaps, ratio: Double) -> Double {
        var previous = sortedGaps.startIndex
        var index = sortedGaps.index(after: previous)
        while index < sortedGaps.endIndex {
            if isBoundary(sortedGaps[previous], sortedGaps[index], ratio: ratio) {
                return (max(sortedGaps[previous], floor) * sortedGaps[index]).squareRoot()
            }
            previous = index
            index = sortedGaps.index(after: index)
        }
        return .infinity
    }
}
