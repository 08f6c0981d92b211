import LEDCore
import TestSupport
import Testing

@testable import LEDInput

/// Exact canonical strings for hand-written logs: solids, runs, concurrency, alternation, glitches.
@Suite("Timeline: event shapes")
struct TimelineShapeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let script: @Sendable () -> TimelineScript
        let canonical: String
        var anomalies = 0
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "low battery: blue solid, then six fast red within a second",
            script: {
                var s = TimelineScript()
                s.pulse(.blue, on: 12.5, off: 0.2)
                for _ in 0..<6 { s.pulse(.red, on: 0.2, off: 0.2) }
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=12.5:_:_ red:blink:6:fast:brief=2.2:0.2/0.2:_"),
        Case(
            name: "low battery with red starting 10 ms before blue goes off stays two steps",
            script: {
                var s = TimelineScript()
                s.pulse(.blue, on: 12.5, off: -0.01)
                for _ in 0..<5 { s.pulse(.red, on: 0.25, off: 0.25) }
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=12.5:_:_ red:blink:5:fast:brief=2.25:0.25/0.25:_"),
        Case(
            name: "recording light",
            script: {
                var s = TimelineScript()
                s.pulse(.blue, on: 21.25)
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=21.25:_:_"),
        Case(
            name: "stuck solid green",
            script: {
                var s = TimelineScript()
                s.pulse(.green, on: 300)
                return s
            }, canonical: "dev=? ctx=- : green:solid:_:_:minutes=300:_:_"),
        Case(
            name: "one motion flash",
            script: {
                var s = TimelineScript()
                s.pulse(.red, on: 0.15)
                return s
            }, canonical: "dev=? ctx=- : red:blink:1:_:brief=0.15:0.15/_:_"),
        Case(
            name: "slow pairing blink",
            script: {
                var s = TimelineScript()
                for _ in 0..<10 { s.pulse(.blue, on: 1, off: 1) }
                return s
            }, canonical: "dev=? ctx=- : blue:blink:10:slow:seconds=19:1/1:_"),
        Case(
            name: "sync module: blue blinking while green stays solid is one step",
            script: {
                var s = TimelineScript(start: 0)
                s.at(0, .green, true)
                s.wait(0.2)
                for _ in 0..<10 { s.pulse(.blue, on: 0.5, off: 0.5) }
                s.at(10.5, .green, false)
                return s
            }, canonical: "dev=? ctx=- : blue:blink:10:medium:seconds=9.5:0.5/0.5:_&green:solid:_:_:seconds=10.5:_:_"),
        Case(
            name: "two colours blinking independently at once are one step",
            script: {
                var s = TimelineScript(start: 0)
                for k in 0..<17 {
                    s.at(Double(k) * 0.6, .red, true)
                    s.at(Double(k) * 0.6 + 0.3, .red, false)
                }
                for k in 0..<10 {
                    s.at(0.1 + Double(k), .blue, true)
                    s.at(0.6 + Double(k), .blue, false)
                }
                return s
            },
            canonical:
                "dev=? ctx=- : blue:blink:10:medium:seconds=9.5:0.5/0.5:_&red:blink:17:fast:seconds=9.9:0.3/0.3:_"),
        Case(
            name: "a red flash during the recording light is concurrent",
            script: {
                var s = TimelineScript(start: 0)
                s.pulse(.blue, on: 20)
                s.at(5, .red, true)
                s.at(5.2, .red, false)
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=20:_:_&red:blink:1:_:brief=0.2:0.2/_:_"),
        Case(
            name: "LEDs blinking together are one blink of both colours",
            script: {
                var s = TimelineScript(start: 0)
                for _ in 0..<5 {
                    s.at(s.time, .green, true)
                    s.at(s.time + 0.3, .green, false)
                    s.pulse(.blue, on: 0.3, off: 0.3)
                }
                return s
            }, canonical: "dev=? ctx=- : blue-green:blink:5:fast:brief=2.7:0.3/0.3:_"),
        Case(
            name: "slow pulses jittered around 2 s stay one blink run",
            script: {
                var s = TimelineScript(start: 0)
                for on in [1.5, 2.4, 1.8, 2.2, 1.6, 2.1] { s.pulse(.blue, on: on, off: 1) }
                return s
            }, canonical: "dev=? ctx=- : blue:blink:6:slow:seconds=16.6:1.95/1:_"),
        Case(
            name: "a 2.5 s solid then pairing-mode blinks",
            script: {
                var s = TimelineScript(start: 0)
                s.pulse(.blue, on: 2.5, off: 1)
                for _ in 0..<8 { s.pulse(.blue, on: 1, off: 1) }
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:brief=2.5:_:_ blue:blink:8:slow:seconds=15:1/1:_"),
        Case(
            name: "two overlapping solids are concurrent",
            script: {
                var s = TimelineScript(start: 0)
                s.at(0, .blue, true)
                s.at(5, .green, true)
                s.at(15, .green, false)
                s.at(20, .blue, false)
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=20:_:_&green:solid:_:_:seconds=10:_:_"),
        Case(
            name: "colours lit together are one event",
            script: {
                var s = TimelineScript(start: 0)
                s.at(0, .green, true)
                s.at(0, .blue, true)
                s.at(8, .blue, false)
                s.at(8, .green, false)
                return s
            }, canonical: "dev=? ctx=- : blue-green:solid:_:_:seconds=8:_:_"),
        Case(
            name: "red and blue taking turns for four cycles: one alt event counting pulses",
            script: {
                var s = TimelineScript()
                for _ in 0..<4 {
                    s.pulse(.red, on: 0.2, off: 0.1)
                    s.pulse(.blue, on: 0.2, off: 0.1)
                }
                return s
            }, canonical: "dev=? ctx=- : blue-red:alt:8:fast:brief=2.3:0.2/0.1:_"),
        Case(
            name: "two and a half cycles still alternate",
            script: {
                var s = TimelineScript()
                for color in [LEDColor.red, .blue, .red, .blue, .red] { s.pulse(color, on: 0.3, off: 0.2) }
                return s
            }, canonical: "dev=? ctx=- : blue-red:alt:5:fast:brief=2.3:0.3/0.2:_"),
        Case(
            name: "one cycle is not alternation",
            script: {
                var s = TimelineScript()
                s.pulse(.red, on: 0.3, off: 0.2)
                s.pulse(.blue, on: 0.3, off: 0.2)
                return s
            }, canonical: "dev=? ctx=- : red:blink:1:_:brief=0.3:0.3/_:_ blue:blink:1:_:brief=0.3:0.3/_:_"),
        Case(
            name: "a red run interrupted by one blue flash",
            script: {
                var s = TimelineScript()
                for _ in 0..<3 { s.pulse(.red, on: 0.2, off: 0.2) }
                s.pulse(.blue, on: 0.2, off: 0.2)
                for _ in 0..<3 { s.pulse(.red, on: 0.2, off: 0.2) }
                return s
            },
            canonical: "dev=? ctx=- : red:blink:3:fast:brief=1:0.2/0.2:_ blue:blink:1:_:brief=0.2:0.2/_:_ "
                + "red:blink:3:fast:brief=1:0.2/0.2:_"),
        Case(
            name: "a pause of several off-times splits a run",
            script: {
                var s = TimelineScript()
                for _ in 0..<3 { s.pulse(.red, on: 0.2, off: 0.2) }
                s.wait(2)
                for _ in 0..<3 { s.pulse(.red, on: 0.2, off: 0.2) }
                return s
            }, canonical: "dev=? ctx=- : red:blink:3:fast:brief=1:0.2/0.2:_ red:blink:3:fast:brief=1:0.2/0.2:_"),
        Case(
            name: "glitch: a 5 ms off inside a solid",
            script: {
                var s = TimelineScript()
                s.pulse(.blue, on: 5, off: 0.005)
                s.pulse(.blue, on: 4.995)
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=10:_:debounced", anomalies: 1),
        Case(
            name: "glitch: a 5 ms off inside one pulse of a run",
            script: {
                var s = TimelineScript()
                for index in 0..<6 {
                    if index == 2 {
                        s.pulse(.red, on: 0.1, off: 0.005)
                        s.pulse(.red, on: 0.095, off: 0.2)
                    } else {
                        s.pulse(.red, on: 0.2, off: 0.2)
                    }
                }
                return s
            }, canonical: "dev=? ctx=- : red:blink:6:fast:brief=2.2:0.2/0.2:debounced", anomalies: 1),
        Case(
            name: "glitch: a 5 ms on spike between pulses of a run",
            script: {
                var s = TimelineScript()
                for index in 0..<6 {
                    s.pulse(.red, on: 0.2, off: 0.2)
                    if index == 3 {
                        s.at(s.time - 0.1, .red, true)
                        s.at(s.time - 0.095, .red, false)
                    }
                }
                return s
            }, canonical: "dev=? ctx=- : red:blink:6:fast:brief=2.2:0.2/0.2:debounced", anomalies: 1),
        Case(
            name: "glitch: a 5 ms red spike during a blue solid",
            script: {
                var s = TimelineScript(start: 0)
                s.pulse(.blue, on: 10)
                s.at(4, .red, true)
                s.at(4.005, .red, false)
                return s
            }, canonical: "dev=? ctx=- : blue:solid:_:_:seconds=10:_:debounced", anomalies: 1),
        Case(
            name: "glitch: on and off at the same timestamp inside a run",
            script: {
                var s = TimelineScript()
                for index in 0..<4 {
                    s.pulse(.red, on: 0.3, off: 0.3)
                    if index == 1 {
                        s.at(s.time - 0.15, .red, true)
                        s.at(s.time - 0.15, .red, false)
                    }
                }
                return s
            }, canonical: "dev=? ctx=- : red:blink:4:fast:brief=2.1:0.3/0.3:debounced", anomalies: 1),
    ]

    @Test("hand-written logs give exact canonical strings", arguments: cases)
    func shape(_ testCase: Case) throws {
        let episodes = TimelineBuilder.episodes(from: testCase.script().transitions)
        try #require(episodes.count == 1, "\(episodes.map(\.canonical))")
        #expect(episodes[0].canonical == testCase.canonical)
        #expect(episodes[0].anomalies == testCase.anomalies)
        #expect(timelineRoundTrips(episodes))
    }

    @Test("events carry the lines they came from")
    func sourceLines() throws {
        var s = TimelineScript()
        s.pulse(.blue, on: 12.5, off: 0.2)
        for _ in 0..<6 { s.pulse(.red, on: 0.2, off: 0.2) }
        let episode = try #require(TimelineBuilder.episodes(from: s.transitions).first)
        #expect(episode.events.map(\.source) == [.lines(first: 1, last: 2), .lines(first: 3, last: 14)])
        #expect(episode.firstLine == 1 && episode.lastLine == 14)
        #expect(episode.startTime == 100)
        #expect(abs(episode.endTime - 114.9) < 1e-9)
    }

    @Test("the same log gives the same episodes whether streamed or batched, and builders are reusable")
    func streamingMatchesBatch() {
        var s = TimelineScript()
        for scenario in TimelineScenario.allCases {
            let generated = scenario.generate(seed: 3).transitions
            let offset = s.time - (generated.first?.time ?? 0)
            for transition in generated { s.at(transition.time + offset, transition.color, transition.isOn) }
            s.time = (s.entries.map(\.time).max() ?? s.time) + 30
        }
        let transitions = s.transitions
        let batch = TimelineBuilder.episodes(from: transitions)
        var builder = TimelineBuilder()
        for round in 0..<2 {
            var streamed: [TimelineEpisode] = []
            for transition in transitions {
                if let episode = builder.add(transition) { streamed.append(episode) }
            }
            if let episode = builder.finish() { streamed.append(episode) }
            #expect(streamed.map(\.observation) == batch.map(\.observation), "round \(round)")
            #expect(streamed.map(\.firstLine) == batch.map(\.firstLine))
        }
        #expect(batch.count == TimelineScenario.allCases.count)
        #expect(timelineRoundTrips(batch))
    }
}
