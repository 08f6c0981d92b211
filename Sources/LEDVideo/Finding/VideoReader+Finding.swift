import LEDCore
import LEDInput

extension VideoReader {
    /// What the search found: the LEDs (left to right) and their merged switches, or why none.
    struct Found {
        var leds: [LEDCandidate]
        var transitions: [LEDTransition]
        /// Whether nothing in the searched area changed at all (else: changes, but no LED).
        var nothingChanged: Bool
        /// The frame where the LEDs shine brightest (``brightestFrame(of:frames:)``).
        var brightest = 0
        var isEmpty: Bool { leds.isEmpty }
    }

    /// Finds the LEDs of `frames` (at `times`) inside `area`.
    static func findLEDs(frames: FrameStack, times: [Double], area: (x: Int, y: Int, w: Int, h: Int)) -> Found {
        let map = ChangeMap(frames)
        var largest: Float = 0
        for y in area.y..<(area.y + area.h) {
            for x in area.x..<(area.x + area.w) { largest = max(largest, map.range[y * frames.width + x]) }
        }
        guard largest >= OnOffStates.minimumSeparation else {
            return Found(leds: [], transitions: [], nothingChanged: true)
        }
        // Patches changing at least a quarter as much as the most changing one; when none of them is an
        // LED (a bright flickering screen beside a dim LED), every patch that changes at all.
        var accepted = switchingLEDs(
            frames: frames, times: times, map: map, area: area,
            threshold: max(OnOffStates.minimumSeparation, 0.25 * largest))
        if accepted.isEmpty, 0.25 * largest > OnOffStates.minimumSeparation {
            accepted = switchingLEDs(
                frames: frames, times: times, map: map, area: area, threshold: OnOffStates.minimumSeparation)
        }
        accepted += SteadyLights.find(frames: frames, map: map, switching: accepted, area: area)
        accepted.sort { ($0.box.x, $0.box.y) < ($1.box.x, $1.box.y) }
        var transitions = accepted.flatMap { $0.transitions(times: times) }
        // Stable by time: an LED's off before another's on at the same frame, as each LED wrote them.
        transitions = transitions.enumerated().sorted { ($0.element.time, $0.offset) < ($1.element.time, $1.offset) }
            .map(\.element)
        for index in transitions.indices { transitions[index].line = index + 1 }
        return Found(
            leds: accepted, transitions: transitions, nothingChanged: false,
            brightest: brightestFrame(of: accepted, frames: frames))
    }

    /// The frame with the most of `leds` on and, among those, the brightest pixel of each LED's box
    /// summed highest; the first of equals.
    static func brightestFrame(of leds: [LEDCandidate], frames: FrameStack) -> Int {
        var best = 0
        var bestScore = (lit: -1, light: -1)
        for frame in 0..<frames.count {
            var lit = 0
            var light = 0
            for led in leds {
                if led.colors.indices.contains(frame), led.colors[frame] != nil { lit += 1 }
                var peak: UInt8 = 0
                for row in led.box.y..<(led.box.y + led.box.h) {
                    for column in led.box.x..<(led.box.x + led.box.w) {
                        peak = max(peak, frames.value(frame: frame, pixel: row * frames.width + column))
                    }
                }
                light += Int(peak)
            }
            if (lit, light) > bestScore {
                bestScore = (lit, light)
                best = frame
            }
        }
        return best
    }

    /// The least on/off distance of a second LED, as a share of the clearest one's.
    static let faintest: Float = 0.3

    /// The patches of `map` at or above `threshold` that switch on and off, one per LED.
    static func switchingLEDs(
        frames: FrameStack, times: [Double], map: ChangeMap, area: (x: Int, y: Int, w: Int, h: Int), threshold: Float
    ) -> [LEDCandidate] {
        var blobs = ChangeBlob.find(
            in: map.range, width: frames.width, height: frames.height, threshold: threshold, area: area)
        blobs = merge(blobs, margin: 1)
        let biggest = Int(largestShare * Double(frames.pixelCount))
        let margin = 2 + frames.width / 80
        var accepted: [LEDCandidate] = []
        for blob in blobs.prefix(candidates * 2)
        where (blob.maxX - blob.minX) * (blob.maxY - blob.minY) <= biggest && accepted.count < candidates {
            let signal = RegionSignal(blob: blob, margin: margin, frames: frames, offsets: map.offsets)
            guard case .success(let states) = OnOffStates.classify(signal.values, times: times) else { continue }
            let colors = RegionColors.colors(of: signal, states: states, frames: frames, offsets: map.offsets)
            let candidate = LEDCandidate(
                box: signal.box, colors: colors, score: blob.score, separation: states.separation)
            if accepted.contains(where: { $0.repeats(candidate) }) { continue }
            accepted.append(candidate)
        }
        // A patch switching far more faintly than the clearest LED is noise or a compression block.
        let clearest = accepted.map(\.separation).max() ?? 0
        return accepted.filter { $0.separation >= faintest * clearest }
    }

    /// `blobs` with those whose boxes, grown by `margin`, touch joined, largest score first.
    static func merge(_ blobs: [ChangeBlob], margin: Int) -> [ChangeBlob] {
        var result: [ChangeBlob] = []
        for blob in blobs.prefix(64) {
            var current = blob
            var joined = true
            while joined {
                joined = false
                if let index = result.firstIndex(where: { $0.touches(current, margin: margin) }) {
                    current = result.remove(at: index).merged(with: current)
                    joined = true
                }
            }
            result.append(current)
        }
        return result.sorted { $0.score > $1.score }
    }
}
