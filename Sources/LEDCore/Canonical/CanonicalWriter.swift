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

    /// Appends the canonical string of `observation` to `out`; returns the offset in `out` where
    /// the first step's token starts (one past the header's " :" and the space after it).
    @discardableResult
    package static func write(_ observation: Observation, into out: inout [UInt8]) -> Int {
        out.reserveCapacity(out.count + 32 + observation.steps.count * 48)
        writeHeader(device: observation.device, contexts: observation.contexts, into: &out)
        let stepsStart = out.count + 1
        for step in observation.steps {
            out.append(UInt8(ascii: " "))
            write(step, into: &out)
        }
        return stepsStart
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
