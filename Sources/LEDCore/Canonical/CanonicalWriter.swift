/// Writes observations and events in the canonical event language (`docs/event-language.md`).
///
/// Everything is written as UTF-8 bytes first (a diagnosis writes the canonical string of every
/// episode, and of every hypothetical answer its question planner weighs); the `String` forms are
/// made from those bytes.
public enum CanonicalWriter {
    /// The canonical string of a whole observation.
    public static func string(for observation: Observation) -> String {
        var out: [UInt8] = []
        write(observation, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The header of an observation's canonical string, up to and including the `:` before the
    /// events: `dev=DEVICE ctx=CONTEXTS :`.
    public static func header(for observation: Observation) -> String {
        var out: [UInt8] = []
        writeHeader(device: observation.device, contexts: observation.contexts, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// The canonical token of one event (seven `:`-separated fields).
    public static func token(for event: LEDEvent) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(48)
        write(event, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the canonical string of `observation` to `out`; returns where its parts lie (offsets
    /// into `out`): the header's end and each event's token.
    @discardableResult
    package static func write(_ observation: Observation, into out: inout [UInt8]) -> CanonicalLayout {
        out.reserveCapacity(out.count + 32 + observation.steps.count * 48)
        writeHeader(device: observation.device, contexts: observation.contexts, into: &out)
        let headerEnd = out.count
        var tokens: [Range<Int>] = []
        tokens.reserveCapacity(observation.steps.count)
        for step in observation.steps {
            out.append(UInt8(ascii: " "))
            var first = true
            for event in step.events {
                if !first { out.append(UInt8(ascii: "&")) }
                let start = out.count
                write(event, into: &out)
                tokens.append((start - headerEnd)..<(out.count - headerEnd))
                first = false
            }
        }
        return CanonicalLayout(headerEnd: headerEnd, count: out.count, relativeTokens: tokens)
    }

    /// Appends the canonical string of `observation` to `out`, whose events are those of `canonical`
    /// (laid out as `layout`): the header is written for `observation`, the events are copied. For the
    /// same events under other contexts (a hypothetical answer) without writing them again.
    package static func write(
        _ observation: Observation, eventsOf canonical: UnsafeBufferPointer<UInt8>, layout: CanonicalLayout,
        into out: inout [UInt8]
    ) -> CanonicalLayout {
        writeHeader(device: observation.device, contexts: observation.contexts, into: &out)
        let headerEnd = out.count
        out.append(contentsOf: UnsafeBufferPointer(rebasing: canonical[layout.headerEnd..<layout.count]))
        return layout.withHeader(endingAt: headerEnd, count: out.count)
    }

    /// Appends the header `dev=DEVICE ctx=CONTEXTS :` to `out`.
    package static func writeHeader(device: String?, contexts: Set<ObservationContext>, into out: inout [UInt8]) {
        append("dev=", to: &out)
        append(device ?? "?", to: &out)
        append(" ctx=", to: &out)
        if contexts.isEmpty {
            out.append(UInt8(ascii: "-"))
        } else {
            var first = true
            for context in contexts.sorted() {
                if !first { out.append(UInt8(ascii: ",")) }
                append(context.rawValue, to: &out)
                first = false
            }
        }
        append(" :", to: &out)
    }

    /// Appends one step (its events joined by `&`).
    static func write(_ step: EventStep, into out: inout [UInt8]) {
        var first = true
        for event in step.events {
            if !first { out.append(UInt8(ascii: "&")) }
            write(event, into: &out)
            first = false
        }
    }

    /// Appends the token of one event.
    static func write(_ event: LEDEvent, into out: inout [UInt8]) {
        if event.colors.isEmpty { append("none", to: &out) }
        var firstColor = true
        for color in event.colors {
            if !firstColor { out.append(UInt8(ascii: "-")) }
            append(color.rawValue, to: &out)
            firstColor = false
        }
        out.append(UInt8(ascii: ":"))
        append(event.kind.rawValue, to: &out)
        out.append(UInt8(ascii: ":"))
        switch event.count {
        case .exactly(let n)?: CanonicalSeconds.appendInteger(Int64(n), to: &out)
        case .between(let a, let b)?:
            CanonicalSeconds.appendInteger(Int64(a), to: &out)
            out.append(UInt8(ascii: "-"))
            CanonicalSeconds.appendInteger(Int64(b), to: &out)
        case .few?: append("few", to: &out)
        case .several?: append("several", to: &out)
        case nil: out.append(UInt8(ascii: "_"))
        }
        out.append(UInt8(ascii: ":"))
        if let speed = event.speed { append(speed.rawValue, to: &out) } else { out.append(UInt8(ascii: "_")) }
        out.append(UInt8(ascii: ":"))
        if let duration = event.duration {
            append(duration.bucket.rawValue, to: &out)
            if let seconds = duration.seconds {
                out.append(UInt8(ascii: "="))
                CanonicalSeconds.write(seconds, into: &out)
            }
        } else {
            out.append(UInt8(ascii: "_"))
        }
        out.append(UInt8(ascii: ":"))
        if let timing = event.timing {
            CanonicalSeconds.write(timing.on, into: &out)
            out.append(UInt8(ascii: "/"))
            if let off = timing.off {
                CanonicalSeconds.write(off, into: &out)
            } else {
                out.append(UInt8(ascii: "_"))
            }
        } else {
            out.append(UInt8(ascii: "_"))
        }
        out.append(UInt8(ascii: ":"))
        if event.flags.isEmpty {
            out.append(UInt8(ascii: "_"))
        } else {
            var firstFlag = true
            for flag in event.flags.sorted() {
                if !firstFlag { out.append(UInt8(ascii: ",")) }
                append(flag.rawValue, to: &out)
                firstFlag = false
            }
        }
    }

    @inline(__always)
    private static func append(_ text: String, to out: inout [UInt8]) {
        out.append(contentsOf: text.utf8)
    }
}
