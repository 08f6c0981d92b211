/// A region's signal read as on or off per frame: two clusters of brightness (Otsu's split, as the
/// timeline builder clusters durations), hysteresis between them, a one-frame glitch at a high frame
/// rate folded away, and the checks that tell an LED from what is not one.
struct OnOffStates {
    /// Why a region's signal is not an LED switching on and off.
    enum Rejection: Error, Equatable {
        /// Its two clusters are too close for the noise in them: nothing switches.
        case steady
        /// Many frames sit between the clusters: a fading or flickering light, not an on/off one.
        case gradual
        /// It switches faster and more regularly than any LED pattern: mains flicker seen through the
        /// camera's frame rate (50/60/100/120 Hz aliased), or a screen.
        case flicker
    }

    /// Per frame, whether the light is on.
    var isOn: [Bool]
    /// The distance between the on and off brightness.
    var separation: Float

    /// The smallest on/off distance read as switching, in 8-bit levels.
    static let minimumSeparation: Float = 24
    /// The on/off distance must be this many times the larger spread of the two clusters.
    static let minimumContrast: Float = 3
    /// Runs shorter than this (median, seconds) with at least ``flickerToggles`` switches are flicker.
    static let flickerRun = 0.075
    static let flickerToggles = 8

    /// Classifies `values` whose frames are at `times`.
    static func classify(_ values: [Float], times: [Double]) -> Result<OnOffStates, Rejection> {
        guard values.count >= 2 else { return .failure(.steady) }
        let sorted = values.sorted()
        let split = otsu(sorted)
        let off = sorted[..<split]
        let on = sorted[split...]
        let offMean = off.reduce(0, +) / Float(off.count)
        let onMean = on.reduce(0, +) / Float(on.count)
        let separation = onMean - offMean
        let spread = max(deviation(off, mean: offMean), deviation(on, mean: onMean))
        guard separation >= minimumSeparation, separation >= minimumContrast * spread else {
            return .failure(.steady)
        }
        let high = offMean + 0.6 * separation
        let low = offMean + 0.4 * separation
        var state = values[0] >= (high + low) / 2
        var isOn: [Bool] = []
        isOn.reserveCapacity(values.count)
        var between = 0
        for value in values {
            if state, value < low { state = false } else if !state, value > high { state = true }
            if value > offMean + 0.25 * separation, value < offMean + 0.75 * separation { between += 1 }
            isOn.append(state)
        }
        foldGlitches(&isOn, times: times)
        let runs = runLengths(isOn, times: times)
        let toggles = max(0, runs.count - 1)
        if between > 2 * toggles + values.count / 20 { return .failure(.gradual) }
        if toggles >= flickerToggles {
            let inner = runs.dropFirst().dropLast().sorted()
            if !inner.isEmpty, inner[inner.count / 2] < flickerRun { return .failure(.flicker) }
        }
        if toggles == 0 { return .failure(.steady) }
        return .success(OnOffStates(isOn: isOn, separation: separation))
    }

    /// The index that splits ascending `sorted` into two clusters with the largest between-class variance.
    static func otsu(_ sorted: [Float]) -> Int {
        let total = sorted.reduce(0, +)
        var below: Float = 0
        var best = sorted.count / 2
        var bestScore: Float = -1
        for index in 1..<sorted.count {
            below += sorted[index - 1]
            let weightLow = Float(index)
            let weightHigh = Float(sorted.count - index)
            let difference = below / weightLow - (total - below) / weightHigh
            let score = weightLow * weightHigh * difference * difference
            if score > bestScore {
                bestScore = score
                best = index
            }
        }
        return best
    }

    /// The standard deviation of `values` around `mean`.
    static func deviation(_ values: ArraySlice<Float>, mean: Float) -> Float {
        guard values.count > 1 else { return 0 }
        let sum = values.reduce(Float(0)) { $0 + ($1 - mean) * ($1 - mean) }
        return (sum / Float(values.count)).squareRoot()
    }

    /// Folds a single frame that differs from both neighbours when frames are under 25 ms apart (the
    /// camera runs at more than 40 fps: no LED pattern lasts one such frame).
    static func foldGlitches(_ isOn: inout [Bool], times: [Double]) {
        guard isOn.count >= 3 else { return }
        for index in 1..<(isOn.count - 1)
        where isOn[index] != isOn[index - 1] && isOn[index - 1] == isOn[index + 1]
            && times[index + 1] - times[index - 1] < 0.05
        {
            isOn[index] = isOn[index - 1]
        }
    }

    /// The lengths in seconds of the runs of equal states (the last runs to the last frame).
    static func runLengths(_ isOn: [Bool], times: [Double]) -> [Double] {
        var runs: [Double] = []
        var start = 0
        for index in 1..<isOn.count where isOn[index] != isOn[index - 1] {
            runs.append(times[index] - times[start])
            start = index
        }
        runs.append((times.last ?? 0) - times[start])
        return runs
    }
}
