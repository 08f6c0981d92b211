import LEDCore

/// Event flags as a bit set, so pulses carry them without allocating; converted to
/// `Set<EventFlag>` once per event.

struct TimelineFlags: OptionSet, Sendable, Hashable {
    let rawValue: UInt8

    static let ongoing = TimelineFlags(rawValue: 1 << 0)
    static let debounced = TimelineFlags(rawValue: 1 << 1)
    static let offWithoutOn = TimelineFlags(rawValue: 1 << 2)
    static let repeatedOn = TimelineFlags(rawValue: 1 << 3)
    static let timeBackwards = TimelineFlags(rawValue: 1 << 4)

    /// The flags as the model spells them.
    var eventFlags: Set<EventFlag> {
        var result: Set<EventFlag> = []
        if isEmpty { return result }
        if contains(.ongoing) { result.insert(.ongoing) }
        if contains(.debounced) { result.insert(.debounced) }
        if contains(.offWithoutOn) { result.insert(.offWithoutOn) }
        if contains(.repeatedOn) { result.insert(.repeatedOn) }
        if contains(.timeBackwards) { result.insert(.timeBackwards) }
        return result
    }
}
