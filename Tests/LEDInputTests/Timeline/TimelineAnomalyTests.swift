import LEDCore
import TestSupport
import Testing

@testable import LEDInput

/// Malformed logs: anomalies become flags on events, never a crash.
@Suite("Timeline: anomalies")
struct TimelineAnomalyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        /// Transitions in log order: (time, colour, on).
        let log: [(Double, LEDColor, Bool)]
        let canonical: String
        let anomalies: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(
            name: "an off without on, then a pulse of that colour",
            log: [
                (100, .red, false), (101, .red, true), (101.2, .red, false),
            ], canonical: "dev=? ctx=- : red:blink:1:_:brief=0.2:0.2/_:off-without-on", anomalies: 1),
        Case(
            name: "an off without on and nothing else",
            log: [
                (100, .blue, false)
            ], canonical: "dev=? ctx=- : blue:off:_:_:_:_:off-without-on", anomalies: 1),
        Case(
            name: "an off without on of a colour that never lit, during a solid",
            log: [
                (100, .blue, true), (105, .red, false), (110, .blue, false),
            ], canonical: "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_&red:off:_:_:_:_:off-without-on", anomalies: 1),
        Case(
            name: "a repeated on keeps the first on",
            log: [
                (100, .blue, true), (102, .blue, true), (110, .blue, false),
            ], canonical: "dev=? ctx=- : blue:solid:_:_:seconds=10:_:repeated-on", anomalies: 1),
        Case(
            name: "the same line twice is a repeated on",
            log: [
                (100, .blue, true), (100, .blue, true), (107.5, .blue, false),
            ], canonical: "dev=? ctx=- : blue:solid:_:_:seconds=7.5:_:repeated-on", anomalies: 1),
        Case(
            name: "time going backwards is treated as the previous time",
            log: [
                (100, .blue, true), (110, .blue, false),
                (109.9, .red, true), (110.2, .red, false),
                (110.4, .red, true), (110.6, .red, false),
                (110.8, .red, true), (111, .red, false),
            ], canonical: "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ red:blink:3:fast:brief=1:0.2/0.2:time-backwards",
            anomalies: 1),
        Case(
            name: "a non-finite time is treated as the previous time",
            log: [
                (100, .green, true), (.nan, .green, false), (100.5, .green, true), (130, .green, false),
            ], canonical: "dev=? ctx=- : green:solid:_:_:seconds=29.5:_:debounced,time-backwards", anomalies: 2),
        Case(
            name: "the same timestamp for two colours is no anomaly",
            log: [
                (100, .blue, true), (110, .blue, false), (110, .red, true), (110.2, .red, false),
            ], canonical: "dev=? ctx=- : blue:solid:_:_:seconds=10:_:_ red:blink:1:_:brief=0.2:0.2/_:_", anomalies: 0),
        Case(
            name: "on and off at the same timestamp, alone",
            log: [
                (100, .red, true), (100, .red, false),
            ], canonical: "dev=? ctx=- : red:blink:1:_:brief=0:0/_:_", anomalies: 0),
        Case(
            name: "an on never switched off is ongoing",
            log: [
                (100, .blue, true)
            ], canonical: "dev=? ctx=- : blue:solid:_:_:_:_:ongoing", anomalies: 0),
        Case(
            name: "a run whose last on is never switched off is ongoing",
            log: [
                (100, .red, true), (100.3, .red, false), (100.6, .red, true), (100.9, .red, false), (101.2, .red, true),
            ], canonical: "dev=? ctx=- : red:blink:3:fast:brief=1.2:0.3/0.3:ongoing", anomalies: 0),
        Case(
            name: "a solid still on beside a blink run is ongoing and concurrent",
            log: [
                (0, .green, true), (1, .blue, true), (1.5, .blue, false), (2, .blue, true), (2.5, .blue, false),
                (3, .blue, true), (3.5, .blue, false),
            ], canonical: "dev=? ctx=- : blue:blink:3:medium:brief=2.5:0.5/0.5:_&green:solid:_:_:seconds=3.5:_:ongoing",
            anomalies: 0),
        Case(
            name: "every anomaly at once",
            log: [
                (100, .red, false), (100, .blue, true), (101, .blue, true), (99, .blue, false), (102, .amber, true),
            ],
            canonical:
                "dev=? ctx=- : blue:blink:1:_:brief=1:1/_:repeated-on,time-backwards&red:off:_:_:_:_:off-without-on "
                + "amber:solid:_:_:_:_:ongoing", anomalies: 3),
    ]

    @Test("anomalies are flagged on the events", arguments: cases)
    func anomaly(_ testCase: Case) throws {
        let transitions = testCase.log.enumerated().map {
            LEDTransition(time: $0.element.0, color: $0.element.1, isOn: $0.element.2, line: $0.offset + 1)
        }
        let episodes = TimelineBuilder.episodes(from: transitions)
        try #require(episodes.count == 1, "\(episodes.map(\.canonical))")
        #expect(episodes[0].canonical == testCase.canonical)
        #expect(episodes[0].anomalies == testCase.anomalies)
        #expect(episodes[0].firstLine == 1 && episodes[0].lastLine == transitions.count)
        #expect(timelineRoundTrips(episodes))
    }

    @Test("random garbage never crashes and always round-trips", arguments: Array(UInt64(1)...30))
    func garbage(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var time = 0.0
        var transitions: [LEDTransition] = []
        for line in 1...400 {
            time += rng.uniform(-0.5, 3)
            let color = LEDColor.allCases[Int(rng.next() % 7)]
            transitions.append(LEDTransition(time: time, color: color, isOn: rng.next() % 2 == 0, line: line))
        }
        let episodes = TimelineBuilder.episodes(from: transitions)
        #expect(!episodes.isEmpty)
        #expect(timelineRoundTrips(episodes))
        #expect(episodes.allSatisfy { !$0.observation.steps.isEmpty && $0.firstLine <= $0.lastLine })
        #expect(episodes.first?.firstLine == 1 && episodes.last?.lastLine == 400)
    }
}

extension TimelineAnomalyTests {
    @Test("tens of thousands of transitions at one timestamp are handled (and quickly)")
    func oneTimestampFlood() throws {
        var transitions: [LEDTransition] = []
        let colors: [LEDColor] = [.red, .blue, .green]
        for index in 0..<60_000 {
            transitions.append(
                LEDTransition(time: 100, color: colors[index / 2 % 3], isOn: index % 2 == 0, line: index + 1))
        }
        // 30 000 pulses: cut every `maximumEpisodePulses` (10 000), with nothing lost between the parts.
        let episodes = TimelineBuilder.episodes(from: transitions)
        try #require(episodes.count == 30_000 / TimelineTuning.default.maximumEpisodePulses)
        #expect(episodes.dropLast().allSatisfy { $0.isCut })
        #expect(episodes.first?.firstLine == 1 && episodes.last?.lastLine == 60_000)
        for (a, b) in zip(episodes, episodes.dropFirst()) { #expect(b.firstLine == a.lastLine + 1) }
        #expect(timelineRoundTrips(episodes))
    }
}
