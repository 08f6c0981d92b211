import FuzzSupport
import LEDDiagnostics

/// The timeline builder, on one device's transitions as a noisy or broken rig would log them.
///
/// Input: four bytes per transition — a signed 16-bit time step in milliseconds (negative: time going
/// backwards), a colour, and a flags byte: bit 0 on/off; the high nibble 0xF… makes the time NaN,
/// 0xE… +∞, 0xD… −∞, 0xC… jumps a day ahead, 0xB… repeats the previous time.
///
/// Invariants:
/// - the builder never crashes or hangs, whatever the order, repeats, gaps or non-finite times;
/// - nothing is lost: the episodes cover the transitions' lines 1…n exactly once, in order;
/// - each episode runs forward in time (start ≤ end, both finite), counts at least one anomaly when
///   its events carry an anomaly flag, and has events only of colours that were logged;
/// - each episode's observation round-trips through the canonical language exactly (times are
///   whole milliseconds), and diagnosing it trips no built-in rule's PCRE2 limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTimeline(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var reader = Fuzz.Reader(Fuzz.bytes(data, size))
    var transitions: [LEDTransition] = []
    var time = 0.0
    var logged: Set<LEDColor> = []
    while reader.remaining >= 4 {
        let step = Double(Int16(bitPattern: reader.uint16())) / 1000
        let color = LEDColor.allCases[Int(reader.byte()) % LEDColor.allCases.count]
        let flags = reader.byte()
        var stamp: Double
        switch flags >> 4 {
        case 0xF: stamp = .nan
        case 0xE: stamp = .infinity
        case 0xD: stamp = -.infinity
        case 0xC:
            time += 86_400
            stamp = time
        case 0xB: stamp = time
        default:
            time += step
            stamp = time
        }
        logged.insert(color)
        transitions.append(LEDTransition(time: stamp, color: color, isOn: flags & 1 == 1, line: transitions.count + 1))
    }
    let episodes = TimelineBuilder.episodes(from: transitions)
    if transitions.isEmpty {
        Fuzz.check(episodes.isEmpty, "episodes without transitions")
        return 0
    }
    Fuzz.check(!episodes.isEmpty, "\(transitions.count) transitions but no episode")
    var nextLine = 1
    for episode in episodes {
        Fuzz.check(
            episode.firstLine == nextLine,
            "episode starts at line \(episode.firstLine), expected \(nextLine): a line lost or counted twice")
        Fuzz.check(episode.lastLine >= episode.firstLine, "episode lines \(episode.firstLine)...\(episode.lastLine)")
        nextLine = episode.lastLine + 1
        Fuzz.check(
            episode.startTime.isFinite && episode.endTime.isFinite && episode.startTime <= episode.endTime,
            "episode time \(episode.startTime)...\(episode.endTime)")
        Fuzz.check(episode.anomalies >= 0, "negative anomalies")
        let events = episode.observation.events
        let anomalyFlags: Set<EventFlag> = [.debounced, .offWithoutOn, .repeatedOn, .timeBackwards]
        if events.contains(where: { !$0.flags.isDisjoint(with: anomalyFlags) }) {
            Fuzz.check(episode.anomalies > 0, "anomaly flags on events but no anomaly counted")
        }
        for event in events {
            Fuzz.check(event.colors.allSatisfy(logged.contains), "an event of a colour never logged: \(event)")
            if case .exactly(let count)? = event.count { Fuzz.check(count >= 1, "count \(count)") }
            if case .between(let low, let high)? = event.count {
                Fuzz.check(low >= 1 && low < high, "count range \(low)-\(high)")
            }
        }
        Fuzz.checkRoundTrip(
            episode.observation, exact: true, origin: "episode of lines \(episode.firstLine)...\(episode.lastLine)")
        Fuzz.checkDiagnosis(
            Fuzz.diagnoser.diagnose(episode.observation), catalog: Fuzz.diagnoser.catalog, builtin: true,
            origin: "timeline episode \(episode.observation.canonical.prefix(200))")
    }
    Fuzz.check(nextLine == transitions.count + 1, "episodes end at line \(nextLine - 1) of \(transitions.count)")
    return 0
}

@main
enum FuzzTimelineMain {
    static func main() { Fuzz.main(fuzzTimeline) }
}
