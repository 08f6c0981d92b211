import Foundation
import Testing
@testable import LEDDiagnostics

/// A profile, not a check: `LEDDIAG_BATCH_PROFILE=/tmp/bench/bench.log swift test -c release --filter BatchProfile`.
@Suite("Batch: profile")
struct BatchProfileTests {
    static var path: String? { ProcessInfo.processInfo.environment["LEDDIAG_BATCH_PROFILE"] }

    @Test("timeline, diagnose and JSON cost per episode (prints)", .enabled(if: path != nil))
    func profile() throws {
        guard let path = Self.path, let data = FileManager.default.contents(atPath: path) else { return }
        let text = String(decoding: data.prefix(30_000_000), as: UTF8.self)
        var byDevice: [String: [LEDTransition]] = [:]
        var models: [String: String] = [:]
        var line = 0
        for raw in text.split(separator: "\n") {
            line += 1
            let parts = raw.split(separator: " ")
            guard parts.count == 5, let color = LEDColor(rawValue: String(parts[3])) else { continue }
            let time = Double(line) * 0.01 // not the real time
            _ = time
            let t = parts[0]
            // hh:mm:ss.mmm
            let clock = t.split(separator: "T")[1].dropLast().split(separator: ":")
            let seconds = (Double(clock[0]) ?? 0) * 3600 + (Double(clock[1]) ?? 0) * 60 + (Double(clock[2]) ?? 0)
            let day = Double(t.split(separator: "T")[0].split(separator: "-")[2]) ?? 0
            byDevice[String(parts[1]), default: []].append(LEDTransition(time: day * 86400 + seconds, color: color, isOn: parts[4] == "on", line: line))
            models[String(parts[1])] = String(parts[2])
        }
        let diagnoser = try Diagnoser.builtin()
        var transitions = 0
        var episodes: [(TimelineEpisode, String)] = []
        let t0 = ContinuousClock.now
        for (device, list) in byDevice {
            transitions += list.count
            for episode in TimelineBuilder.episodes(from: list) { episodes.append((episode, models[device] ?? "")) }
        }
        let t1 = ContinuousClock.now
        var diagnoses: [Diagnosis] = []
        for (episode, model) in episodes {
            var observation = episode.observation
            observation.device = try? diagnoser.deviceID(for: model)
            diagnoses.append(diagnoser.diagnose(observation))
        }
        let t2 = ContinuousClock.now
        var bytes = 0
        for diagnosis in diagnoses { bytes += diagnosis.json().utf8.count }
        let t3 = ContinuousClock.now
        var noMatch = 0
        for d in diagnoses where d.causes.isEmpty { noMatch += 1 }
        func us(_ d: Duration) -> Double { Double(d.components.seconds) * 1e6 + Double(d.components.attoseconds) * 1e-12 }
        print("profile: \(transitions) transitions, \(episodes.count) episodes (\(noMatch) without a cause)")
        print("profile: timeline \(us(t1 - t0) / Double(transitions) * 1000) ns/transition")
        print("profile: diagnose \(us(t2 - t1) / Double(episodes.count)) us/episode")
        print("profile: json \(us(t3 - t2) / Double(episodes.count)) us/episode, \(bytes / max(1, episodes.count)) bytes/episode")
        var perCause: [String: (Int, Double)] = [:]
        for (episode, model) in episodes.prefix(3000) {
            var observation = episode.observation
            observation.device = try? diagnoser.deviceID(for: model)
            let s = ContinuousClock.now
            let d = diagnoser.diagnose(observation)
            let e = us(ContinuousClock.now - s)
            let key = (d.topCause?.id ?? "none") + (d.question != nil ? "+q" : "") + (d.closest.isEmpty ? "" : "+closest")
            perCause[key, default: (0, 0)].0 += 1
            perCause[key, default: (0, 0)].1 += e
        }
        for (key, value) in perCause.sorted(by: { $0.key < $1.key }) {
            print("profile:   \(key): \(value.0) episodes, \(value.1 / Double(value.0)) us each")
        }
    }
}
