import Foundation
import LEDCore
import LEDDiagnostics
import LEDVideo
import TestSupport
import Testing

@testable import LEDCommandLine

/// Issue #18's acceptance on generated clips: every pattern under every difficulty, blink counts exact,
/// each switch within one frame of when the clip made it (three frames where frames were dropped: VFR),
/// and the cause ranked first the pattern's.
@Suite(.enabled(if: VideoTools.available, VideoTools.missing))
struct VideoAccuracyTests {
    static let diagnoser: Diagnoser? = try? Diagnoser.builtin()

    @Test("a generated clip reads as its pulses and diagnoses as its cause", arguments: ClipCatalog.scripts.indices)
    func clip(_ index: Int) throws {
        let (script, pattern) = ClipCatalog.scripts[index]
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-video")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent(script.name + ".mp4")
        try script.write(to: file)
        let reading = try VideoReader().read(file.path)
        let tolerance = (script.difficulties.contains(.variableRate) ? 3.0 : 1.0) / Double(script.fps) + 0.002
        for (color, pulses) in script.expectedPulses {
            let found = reading.transitions.filter { $0.color == color }
            let ons = found.filter(\.isOn).map(\.time)
            let offs = found.filter { !$0.isOn }.map(\.time)
            #expect(ons.count == pulses.count, "\(script): \(color) on \(ons.count) times, made \(pulses.count)")
            // A pulse lit past the clip's end is on to the last frame: no off.
            let ended = pulses.filter { $0.off < script.duration }
            #expect(offs.count == ended.count, "\(script): \(color) off \(offs.count) times, made \(ended.count)")
            for (time, pulse) in zip(ons, pulses) {
                #expect(abs(time - pulse.on) <= tolerance, "\(script): \(color) on at \(time), made at \(pulse.on)")
            }
            for (time, pulse) in zip(offs, ended) {
                #expect(abs(time - pulse.off) <= tolerance, "\(script): \(color) off at \(time), made at \(pulse.off)")
            }
        }
        let colors = Set(reading.transitions.map(\.color))
        #expect(colors == Set(script.expectedPulses.keys), "\(script): colours \(colors.sorted())")
        #expect(
            reading.leds.count == script.leds.count,
            "\(script): LEDs \(reading.leds), switches \(reading.transitions.map { ($0.time, $0.color, $0.isOn) })")
        let diagnoser = try #require(Self.diagnoser)
        let diagnosis = try #require(VideoReport.diagnose(reading, with: diagnoser, model: pattern.device))
        #expect(diagnosis.causes.first?.id == pattern.cause, "\(script): \(diagnosis.canonical)")
    }
}
