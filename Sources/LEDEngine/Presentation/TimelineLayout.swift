import LEDCore

/// Where each event of a diagnosis goes on a time axis: one lane per LED colour, blink runs as
/// pulses, solids as bars, darkness as dashed outlines. ``TimelineSVG`` draws it.
///
/// Times are in seconds of *drawn* time. Measured timing (from logs) is used as it is; typed
/// events get the vocabulary's defaults: a pulse of 0.25 s on / 0.25 s off (fast 0.25/0.25,
/// medium about 0.58/0.58, slow 1/1 by ``TimingVocabulary``'s thresholds), a solid of unknown length
/// 3 s, darkness 1.5 s. Long stretches (more than 12 pulses, a solid over 8 s, "minutes") are cut by
/// an axis break that says what it hides; "continuous" and still-going events fade out.

struct TimelineLayout: Sendable {
    /// What a mark shows.
    enum MarkKind: String, Sendable {
        /// One pulse of a blink run (or one turn of alternating colours).
        case pulse
        /// A pulse that may or may not have happened (the upper part of a range, "5 or 6").
        case maybe
        /// A steady light.
        case solid
        /// The LED dark (an `off` event).
        case off
    }

    /// A shape on a lane.
    struct Mark: Sendable, Hashable {
        var lane: Int
        var start: Double
        var end: Double
        var kind: MarkKind
        /// Opacity 0…1: below 1 where a continuous or still-going event fades out.
        var opacity: Double
        /// The event it belongs to (index into the events).
        var event: Int
    }

    /// A text above an event: count, length, timing.
    struct Caption: Sendable, Hashable {
        var event: Int
        var start: Double
        var end: Double
        var text: String
    }

    /// An axis break: drawn time `at..<at + width` stands for `hidden` (words).
    struct AxisBreak: Sendable, Hashable {
        var at: Double
        var width: Double
        var hidden: String
        /// The seconds hidden, when known.
        var seconds: Double?
    }

    /// A tick on the time axis; `label` is the real elapsed time, when known.
    struct Tick: Sendable, Hashable {
        var at: Double
        var label: String?
    }

    /// The lanes, top to bottom: an LED colour each (nil: "the LED", for darkness of no colour).
    var lanes: [LEDColor?] = []
    var marks: [Mark] = []
    var captions: [Caption] = []
    var breaks: [AxisBreak] = []
    /// Each event's drawn extent.
    var eventSpans: [Range<Double>] = []
    /// The drawn length of the whole timeline.
    var end: Double = 0
    /// Whether some timing was assumed (typed text) rather than measured.
    var assumedTiming = false
    var ticks: [Tick] = []

    /// Drawn darkness between steps.
    static let stepGap = 0.5
    /// The most pulses drawn before a break.
    static let maximumPulses = 12
    /// The longest solid drawn without a break.
    static let maximumSolid = 8.0

    init(events: [EventReport], vocabulary: TimingVocabulary = .default) {
        var laneIndex: [LEDColor?: Int] = [:]
        for event in events {
            for color in event.colors where laneIndex[color] == nil {
                laneIndex[color] = lanes.count
                lanes.append(color)
            }
        }
        if lanes.isEmpty {
            lanes = [nil]
            laneIndex[nil] = 0
        }
        eventSpans = Array(repeating: 0..<0, count: events.count)

        var time = 0.0
        // Real time = drawn time + `hiddenSoFar`, while every break so far hid a known length.
        var hiddenSoFar: Double? = 0
        var realAnchors: [(drawn: Double, offset: Double?)] = [(0, 0)]
        var index = 0
        var first = true
        while index < events.count {
            let step = events[index].step
            var stepBreaks: [AxisBreak] = []
            if !first { time += Self.stepGap }
            first = false
            var stepEnd = time
            while index < events.count, events[index].step == step {
                let drawn = place(events[index], index: index, at: time, lanes: laneIndex, vocabulary: vocabulary)
                stepEnd = max(stepEnd, drawn.end)
                stepBreaks += drawn.breaks
                eventSpans[index] = time..<drawn.end
                index += 1
            }
            // Concurrent events share one break: the first one of the step.
            if let cut = stepBreaks.min(by: { $0.at < $1.at }) {
                breaks.append(cut)
                if let known = hiddenSoFar, let seconds = cut.seconds {
                    hiddenSoFar = known + seconds - cut.width
                } else {
                    hiddenSoFar = nil
                }
                realAnchors.append((cut.at + cut.width, hiddenSoFar))
            }
            time = stepEnd
        }
        end = max(time, 1)
        ticks = Self.ticks(end: end, breaks: breaks, anchors: realAnchors)
    }

    /// Places one event starting at `start`; returns its drawn end and any break inside it.
    private mutating func place(
        _ event: EventReport, index: Int, at start: Double, lanes laneIndex: [LEDColor?: Int],
        vocabulary: TimingVocabulary
    ) -> (end: Double, breaks: [AxisBreak]) {
        // Darkness of no particular colour ("nothing happens") covers every lane.
        let eventLanes = event.colors.isEmpty ? Array(lanes.indices) : event.colors.compactMap { laneIndex[$0] }
        let fades = event.duration == .continuous || event.flags.contains("ongoing")
        var words: [String] = []
        var breaksHere: [AxisBreak] = []
        var end = start

        switch event.kind {
        case .blink, .alternating:
            let (on, off, measured) = pulseTiming(event, vocabulary: vocabulary)
            if !measured { assumedTiming = true }
            let period = on + off
            let (count, certain, countWords) = pulseCount(event, period: period)
            if let countWords { words.append(countWords) }
            let drawnCount = count > Self.maximumPulses ? Self.maximumPulses - 2 : count
            var t = start
            for pulse in 0..<count {
                if count > Self.maximumPulses, pulse == drawnCount {
                    let skipped = count - Self.maximumPulses
                    let width = 1.0
                    breaksHere.append(
                        AxisBreak(
                            at: t, width: width, hidden: "\(skipped) more pulses", seconds: Double(skipped) * period))
                    t += width
                }
                if count > Self.maximumPulses, pulse >= drawnCount, pulse < count - 2 { continue }
                let lane = event.kind == .alternating ? eventLanes[pulse % eventLanes.count] : nil
                let fadeFrom = count - 4
                let opacity = fades && pulse >= fadeFrom ? max(0.15, 1 - Double(pulse - fadeFrom + 1) * 0.2) : 1
                for target in lane.map({ [$0] }) ?? eventLanes {
                    marks.append(
                        Mark(
                            lane: target, start: t, end: t + on, kind: pulse < certain ? .pulse : .maybe,
                            opacity: opacity, event: index))
                }
                t += period
            }
            end = t - off
            // A measured length says exactly how much time the break stands for.
            if let seconds = event.seconds, !breaksHere.isEmpty {
                breaksHere[0].seconds = max(0, seconds - (end - start - breaksHere[0].width))
            }
            if let speed = event.speed, !measured { words.append(speed.rawValue) }
            if measured { words.append("\(Self.seconds(on)) on / \(Self.seconds(off)) off") }
            if let seconds = event.seconds {
                words.append(Self.seconds(seconds))
            } else if let bucket = event.duration, bucket != .continuous {
                words.append(Self.words(for: bucket))
            }
        case .solid, .off:
            let kind: MarkKind = event.kind == .solid ? .solid : .off
            let (length, known) = solidLength(event, kind: kind)
            if !known { assumedTiming = true }
            if length > Self.maximumSolid {
                let before = 4.0
                let after = 2.0
                let width = 1.0
                for target in eventLanes {
                    marks.append(
                        Mark(lane: target, start: start, end: start + before, kind: kind, opacity: 1, event: index))
                    marks.append(
                        Mark(
                            lane: target, start: start + before + width, end: start + before + width + after,
                            kind: kind, opacity: fades ? 0.35 : 1, event: index))
                }
                let hidden =
                    event.seconds.map { Self.seconds($0 - before - after) } ?? event.duration.map(Self.words) ?? "…"
                breaksHere.append(
                    AxisBreak(
                        at: start + before, width: width, hidden: hidden,
                        seconds: event.seconds.map { $0 - before - after }))
                end = start + before + width + after
            } else {
                for target in eventLanes {
                    if fades {
                        marks.append(
                            Mark(
                                lane: target, start: start, end: start + length * 0.6, kind: kind, opacity: 1,
                                event: index))
                        marks.append(
                            Mark(
                                lane: target, start: start + length * 0.6, end: start + length, kind: kind,
                                opacity: 0.35, event: index))
                    } else {
                        marks.append(
                            Mark(lane: target, start: start, end: start + length, kind: kind, opacity: 1, event: index))
                    }
                }
                end = start + length
            }
            if kind == .off { words.append("off") }
            if let seconds = event.seconds {
                words.append(Self.seconds(seconds))
            } else if let bucket = event.duration, bucket != .continuous {
                words.append(Self.words(for: bucket))
            } else if event.duration == nil {
                words.append("length not given")
            }
        }
        if fades { words.append("won't stop") }
        if event.flags.contains("noblink") { words.append("no blink") }
        let anomalies = event.flags.filter { !["ongoing", "noblink"].contains($0) }
        if !anomalies.isEmpty { words.append("⚠ " + anomalies.joined(separator: ", ")) }
        if !words.isEmpty {
            captions.append(Caption(event: index, start: start, end: end, text: words.joined(separator: " · ")))
        }
        return (end, breaksHere)
    }

    /// The on and off time of one pulse: measured, or the default for the speed.
    private func pulseTiming(
        _ event: EventReport, vocabulary: TimingVocabulary
    ) -> (on: Double, off: Double, measured: Bool) {
        if let on = event.on { return (on, event.off ?? on, true) }
        let period: Double
        switch event.speed {
        case .fast?, nil: period = 0.5
        case .medium?: period = (vocabulary.fastPeriod + vocabulary.slowPeriod) / 2
        case .slow?: period = max(2, vocabulary.slowPeriod * 4 / 3)
        }
        return (period / 2, period / 2, false)
    }

    /// How many pulses to draw, how many of them are certain, and the caption's words for the count.
    private func pulseCount(_ event: EventReport, period: Double) -> (count: Int, certain: Int, words: String?) {
        let fades = event.duration == .continuous || event.flags.contains("ongoing")
        switch event.count {
        case "few"?: return (3, 3, "a few")
        case "several"?: return (5, 5, "several")
        case let text?:
            let parts = text.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2 { return (parts[1], parts[0], "×\(parts[0])–\(parts[1])") }
            if let n = parts.first { return (max(1, n), max(1, n), "×\(n)") }
            return (4, 4, nil)
        case nil:
            if let seconds = event.seconds, period > 0 {
                let n = max(1, Int((seconds / period).rounded()))
                return (n, n, "≈\(n) pulses")
            }
            // Alternating colours are drawn as three turns each, so that the alternation shows.
            let drawn = fades ? 8 : (event.kind == .alternating ? 6 : 4)
            return (drawn, drawn, fades ? nil : "count not given")
        }
    }

    /// The length of a solid or dark event, and whether it was stated.
    private func solidLength(_ event: EventReport, kind: MarkKind) -> (Double, Bool) {
        if let seconds = event.seconds { return (seconds, true) }
        switch event.duration {
        case .brief?: return (1.5, false)
        case .seconds?: return (kind == .off ? 2 : 5, false)
        case .minute?: return (60, false)
        case .minutes?: return (300, false)
        case .hours?: return (3600, false)
        case .continuous?: return (4, false)
        case nil: return (kind == .off ? 1.5 : 3, false)
        }
    }

    /// Tick marks every 0.5, 1, 2, 5 or 10 drawn seconds. Before any break they are labelled with
    /// the elapsed time; after a break the first tick says when it is (`≈3 min`, or nothing when the
    /// break hid an unknown length) and the next ones count on from it (`+1 s`).
    private static func ticks(end: Double, breaks: [AxisBreak], anchors: [(drawn: Double, offset: Double?)]) -> [Tick] {
        let step = [0.5, 1, 2, 5, 10, 30, 60].first { end / $0 <= 14 } ?? 120
        var ticks: [Tick] = []
        var t = 0.0
        var segmentStart: Double?
        while t <= end + 1e-9 {
            let inBreak = breaks.contains { t > $0.at - 1e-9 && t < $0.at + $0.width - 1e-9 }
            if inBreak {
                segmentStart = nil
            } else {
                let anchor = anchors.last { $0.drawn <= t + 1e-9 } ?? (0, 0)
                if anchor.drawn == 0 {
                    ticks.append(Tick(at: t, label: seconds(t)))
                } else if let start = segmentStart {
                    ticks.append(Tick(at: t, label: "+" + seconds(t - start)))
                } else {
                    segmentStart = t
                    ticks.append(Tick(at: t, label: anchor.offset.map { "≈" + seconds(t + $0) }))
                }
            }
            t += step
        }
        return ticks
    }

    /// `0.25` → `0.25 s`, `90` → `1.5 min`, `7200` → `2 h`.
    static func seconds(_ value: Double) -> String {
        if value >= 3600 { return ExplanationTextRenderer.number((value / 360).rounded() / 10) + " h" }
        if value >= 90 { return ExplanationTextRenderer.number((value / 6).rounded() / 10) + " min" }
        let rounded = value >= 10 ? (value * 10).rounded() / 10 : (value * 100).rounded() / 100
        return ExplanationTextRenderer.number(rounded) + " s"
    }

    /// A duration bucket in words.
    static func words(for bucket: DurationBucket) -> String {
        switch bucket {
        case .brief: return "brief"
        case .seconds: return "some seconds"
        case .minute: return "about a minute"
        case .minutes: return "minutes"
        case .hours: return "hours"
        case .continuous: return "won't stop"
        }
    }
}
