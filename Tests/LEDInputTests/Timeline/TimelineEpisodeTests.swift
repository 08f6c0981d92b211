import LEDCore
import TestSupport
import Testing

@testable import LEDInput

/// Cutting a device's timeline into episodes at darkness gaps.
@Suite("Timeline: episodes")
struct TimelineEpisodeTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let name: String
        let darkness: Double
        let gap: Double
        let episodes: Int
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        Case(name: "14.8 s dark with the default 10 s gap: two episodes", darkness: 14.8, gap: 10, episodes: 2),
        Case(name: "exactly 10 s dark: two episodes", darkness: 10, gap: 10, episodes: 2),
        Case(name: "9.9 s dark: one episode", darkness: 9.9, gap: 10, episodes: 1),
        Case(name: "4.8 s dark with a 3 s gap: two episodes", darkness: 4.8, gap: 3, episodes: 2),
        Case(name: "14.8 s dark with a 30 s gap: one episode", darkness: 14.8, gap: 30, episodes: 1),
    ]

    @Test("a darkness gap cuts episodes; the gap is configurable", arguments: cases)
    func cut(_ testCase: Case) throws {
        var s = TimelineScript()
        s.pulse(.blue, on: 12.5, off: 0.2)
        for _ in 0..<6 { s.pulse(.red, on: 0.2, off: 0.2) }
        s.wait(testCase.darkness - 0.2)
        s.pulse(.red, on: 0.15)
        let vocabulary = TimingVocabulary(episodeGap: testCase.gap)
        let episodes = TimelineBuilder.episodes(from: s.transitions, vocabulary: vocabulary)
        #expect(episodes.count == testCase.episodes, "\(episodes.map(\.canonical))")
        if testCase.episodes == 2 {
            #expect(
                episodes[0].canonical
                    == "dev=? ctx=- : blue:solid:_:_:seconds=12.5:_:_ red:blink:6:fast:brief=2.2:0.2/0.2:_")
            #expect(episodes[1].canonical == "dev=? ctx=- : red:blink:1:_:brief=0.15:0.15/_:_")
            #expect(episodes[0].lastLine == 14 && episodes[1].firstLine == 15 && episodes[1].lastLine == 16)
            #expect(abs(episodes[1].startTime - episodes[0].endTime - testCase.darkness) < 1e-9)
        }
        #expect(timelineRoundTrips(episodes))
    }

    @Test("add returns the closed episode at the first transition after the gap")
    func streaming() {
        var builder = TimelineBuilder()
        #expect(builder.add(LEDTransition(time: 0, color: .blue, isOn: true, line: 1)) == nil)
        #expect(builder.add(LEDTransition(time: 8, color: .blue, isOn: false, line: 2)) == nil)
        #expect(!builder.closesEpisode(at: 17.9) && builder.closesEpisode(at: 18) && builder.closesEpisode(at: 30))
        #expect(!builder.closesEpisode(at: 5))  // clamped to the last time, 8
        let closed = builder.add(LEDTransition(time: 30, color: .red, isOn: true, line: 3))
        #expect(closed?.canonical == "dev=? ctx=- : blue:solid:_:_:seconds=8:_:_")
        #expect(closed?.firstLine == 1 && closed?.lastLine == 2)
        #expect(builder.hasOpenEpisode && !builder.closesEpisode(at: 100))
        let last = builder.finish()
        #expect(last?.canonical == "dev=? ctx=- : red:solid:_:_:_:_:ongoing")
        #expect(last?.firstLine == 3 && last?.startTime == 30)
        #expect(builder.finish() == nil)
        var empty = TimelineBuilder()
        #expect(empty.finish() == nil)
    }

    @Test("an LED that stays on keeps the episode open across other colours' long pauses")
    func litLedKeepsEpisodeOpen() {
        var s = TimelineScript(start: 0)
        s.at(0, .green, true)
        s.wait(1)
        for _ in 0..<3 { s.pulse(.blue, on: 0.5, off: 0.5) }
        s.wait(20)
        for _ in 0..<3 { s.pulse(.blue, on: 0.5, off: 0.5) }
        s.at(s.time, .green, false)
        let episodes = TimelineBuilder.episodes(from: s.transitions)
        #expect(episodes.count == 1)
        #expect(episodes.first?.observation.steps.count == 1)
        #expect(timelineRoundTrips(episodes))
    }

    @Test("an off without on after a long darkness starts its own episode")
    func orphanAfterGap() {
        let log: [(Double, LEDColor, Bool)] = [
            (0, .blue, true), (5, .blue, false), (30, .red, false), (31, .red, true), (31.2, .red, false),
        ]
        let transitions = log.enumerated().map {
            LEDTransition(time: $0.element.0, color: $0.element.1, isOn: $0.element.2, line: $0.offset + 1)
        }
        let episodes = TimelineBuilder.episodes(from: transitions)
        #expect(
            episodes.map(\.canonical) == [
                "dev=? ctx=- : blue:solid:_:_:seconds=5:_:_",
                "dev=? ctx=- : red:blink:1:_:brief=0.2:0.2/_:off-without-on",
            ])
        #expect(episodes.map(\.anomalies) == [0, 1])
    }
}
