import LEDCore
import LEDVocabulary

extension TextMeaning {
    /// The meaning as a Swift expression of type `TextMeaning`; `nil` for the readings the parser's passes
    /// make (a device, a number as typed, …), which no phrase of the lexicon means.
    var swiftSource: String? {
        switch self {
        case .color(let color): return ".color(LEDColor.\(color))"
        case .kind(let kind): return ".kind(EventKind.\(kind))"
        case .lit: return ".lit"
        case .looseOn: return ".looseOn"
        case .dark: return ".dark"
        case .endOfLight: return ".endOfLight"
        case .stuckOn: return ".stuckOn"
        case .numberWord(let number): return ".numberWord(\(number))"
        case .count(let count): return ".count(\(Self.source(count)))"
        case .countWord(let count): return ".countWord(\(Self.source(count)))"
        case .once: return ".once"
        case .timesMarker: return ".timesMarker"
        case .unit(let seconds): return ".unit(\(seconds))"
        case .duration(let bucket): return ".duration(DurationBucket.\(bucket))"
        case .speed(let speed): return ".speed(BlinkSpeed.\(speed))"
        case .every: return ".every"
        case .period(let seconds): return ".period(\(seconds))"
        case .continuous: return ".continuous"
        case .keeps: return ".keeps"
        case .negation: return ".negation"
        case .order(let order): return ".order(TextOrder.\(order))"
        case .together: return ".together"
        case .simultaneous: return ".simultaneous"
        case .between: return ".between"
        case .rangeJoin: return ".rangeJoin"
        case .to: return ".to"
        case .context(let context): return ".context(ObservationContext.\(context))"
        case .recordingLight: return ".recordingLight"
        case .pairingMode: return ".pairingMode"
        case .constant: return ".constant"
        case .ratePer(let seconds): return ".ratePer(\(seconds))"
        case .motionCue: return ".motionCue"
        case .mover: return ".mover"
        case .subject: return ".subject"
        case .buttonPress: return ".buttonPress"
        case .outage: return ".outage"
        case .release: return ".release"
        case .otherSituation: return ".otherSituation"
        case .absentMarker: return ".absentMarker"
        case .appSays: return ".appSays"
        case .correction: return ".correction"
        case .restatement: return ".restatement"
        case .confirmsExpectation: return ".confirmsExpectation"
        case .pastMarker: return ".pastMarker"
        case .presentMarker: return ".presentMarker"
        case .clockTime(let seconds): return ".clockTime(\(seconds))"
        case .meridiem(let pm): return ".meridiem(pm: \(pm))"
        case .still: return ".still"
        case .noLonger: return ".noLonger"
        case .joinsLight: return ".joinsLight"
        case .ignored: return ".ignored"
        case .exactDuration(let duration):
            let seconds = duration.seconds.map { "\($0)" } ?? "nil"
            return ".exactDuration(EventDuration(bucket: DurationBucket.\(duration.bucket), seconds: \(seconds)))"
        case .flag(let flag): return ".flag(EventFlag.\(flag))"
        case .negatedBlink: return ".negatedBlink"
        case .bareCount(let count): return ".bareCount(\(Self.source(count)))"
        case .repeated(let color, let times): return ".repeated(LEDColor.\(color), \(times))"
        case .absent(let colors): return ".absent([\(colors.map { "LEDColor.\($0)" }.joined(separator: ", "))])"
        case .alternation(let colors):
            return ".alternation([\(colors.map { "LEDColor.\($0)" }.joined(separator: ", "))])"
        case .device, .number, .pulseTiming: return nil
        }
    }

    private static func source(_ count: BlinkCount) -> String {
        switch count {
        case .exactly(let number): return "BlinkCount.exactly(\(number))"
        case .between(let low, let high): return "BlinkCount.between(\(low), \(high))"
        case .few: return "BlinkCount.few"
        case .several: return "BlinkCount.several"
        }
    }
}
