/// Writes observations and events in the canonical event language (`docs/event-language.md`).
public enum CanonicalWriter {
    /// The canonical string of a whole observation.
    public static func string(for observation: Observation) -> String {
        var out = header(for: observation, capacity: 32 + observation.steps.count * 28)
        for step in observation.steps {
            out += " "
            write(step, into: &out)
        }
        return out
    }

    /// The header of an observation's canonical string, up to and including the `:` before the
    /// events: `dev=DEVICE ctx=CONTEXTS :`.
    public static func header(for observation: Observation) -> String {
        header(for: observation, capacity: 32)
    }

    private static func header(for observation: Observation, capacity: Int) -> String {
        var out = "dev="
        out.reserveCapacity(capacity)
        out += observation.device ?? "?"
        out += " ctx="
        if observation.contexts.isEmpty {
            out += "-"
        } else {
            var first = true
            for context in observation.contexts.sorted() {
                if !first { out += "," }
                out += context.rawValue
                first = false
            }
        }
        out += " :"
        return out
    }

    /// The canonical token of one event (seven `:`-separated fields).
    public static func token(for event: LEDEvent) -> String {
        var out = ""
        write(event, into: &out)
        return out
    }

    static func write(_ step: EventStep, into out: inout String) {
        var first = true
        for event in step.events {
            if !first { out += "&" }
            write(event, into: &out)
            first = false
        }
    }

    static func write(_ event: LEDEvent, into out: inout String) {
        if event.colors.isEmpty { out += "none" }
        var firstColor = true
        for color in event.colors {
            if !firstColor { out += "-" }
            out += color.rawValue
            firstColor = false
        }
        out += ":"
        out += event.kind.rawValue
        out += ":"
        out += event.count?.canonical ?? "_"
        out += ":"
        out += event.speed?.rawValue ?? "_"
        out += ":"
        if let duration = event.duration {
            out += duration.bucket.rawValue
            if let seconds = duration.seconds {
                out += "="
                CanonicalSeconds.write(seconds, into: &out)
            }
        } else {
            out += "_"
        }
        out += ":"
        if let timing = event.timing {
            CanonicalSeconds.write(timing.on, into: &out)
            out += "/"
            if let off = timing.off {
                CanonicalSeconds.write(off, into: &out)
            } else {
                out += "_"
            }
        } else {
            out += "_"
        }
        out += ":"
        if event.flags.isEmpty {
            out += "_"
        } else {
            var firstFlag = true
            for flag in event.flags.sorted() {
                if !firstFlag { out += "," }
                out += flag.rawValue
                firstFlag = false
            }
        }
    }
}
