import LEDCore
import LEDVocabulary

/// Describes the recognised items of a text as ``WordReading``s for `leddiag explain`.

enum TextReadings {
    static func readings(
        of items: [TextItem], introducers: [(order: Int, context: Int)], tokens: [TextToken], bytes: [UInt8],
        offsets: CharacterOffsets
    ) -> [WordReading] {
        // An order word that introduces a situation joins the situation's reading ("after reset"),
        // starting at the word itself, not at punctuation before it (", when I wave").
        var firstToken = items.map(\.first)
        var skipped = [Bool](repeating: false, count: items.count)
        for (orderItem, contextItem) in introducers {
            let span = items[orderItem].first...items[orderItem].last
            firstToken[contextItem] = span.first { tokens[$0].isWord } ?? items[contextItem].first
            skipped[orderItem] = true
        }
        var out: [WordReading] = []
        out.reserveCapacity(items.count)
        for (index, item) in items.enumerated() where !skipped[index] {
            guard let (role, meaning) = describe(item.meaning) else { continue }
            let first = firstToken[index]
            let startByte = tokens[first].start
            let endByte = tokens[item.last].end
            out.append(
                WordReading(
                    start: offsets.start(ofByte: startByte), end: offsets.end(ofByte: endByte), utf8Start: startByte,
                    utf8End: endByte, text: String(decoding: bytes[startByte..<endByte], as: UTF8.self), role: role,
                    meaning: meaning))
        }
        return out
    }

    /// The role and wording of a meaning, or nil for meanings that carry nothing by the end.
    static func describe(_ meaning: TextMeaning) -> (WordReading.Role, String)? {
        switch meaning {
        case .color(let color): return (.color, "color \(color.rawValue)")
        case .repeated(let color, let times): return (.color, "color \(color.rawValue), count \(times)")
        case .kind(let kind): return (.kind, "kind \(kind.rawValue)")
        case .lit: return (.kind, "kind solid")
        case .stuckOn: return (.kind, "kind solid, duration continuous")
        case .endOfLight: return (.end, "end of the event")
        case .count(let count), .bareCount(let count): return (.count, "count \(count.canonical)")
        case .speed(let speed): return (.speed, "speed \(speed.rawValue)")
        case .pulseTiming(let timing, let speed):
            var text = "timing "
            CanonicalSeconds.write(timing.on, into: &text)
            text += "/"
            if let off = timing.off { CanonicalSeconds.write(off, into: &text) } else { text += "_" }
            return (.speed, text + ", speed \(speed.rawValue)")
        case .duration(let bucket): return (.duration, "duration \(bucket.rawValue)")
        case .exactDuration(let duration):
            var text = "duration \(duration.bucket.rawValue)"
            if let seconds = duration.seconds {
                text += "="
                CanonicalSeconds.write(seconds, into: &text)
            }
            return (.duration, text)
        case .continuous, .keeps: return (.duration, "duration continuous")
        case .flag(let flag): return (.flag, "flag \(flag.rawValue)")
        case .negatedBlink: return (.flag, "flag noblink")
        case .order(let order): return (.order, "order: \(order.name)")
        case .together: return (.together, "at the same time")
        case .context(let context): return (.context, "context \(context.rawValue)")
        case .recordingLight: return (.context, "context recording, color blue")
        case .device(let device): return (.device, "device \(device)")
        default: return nil
        }
    }
}
