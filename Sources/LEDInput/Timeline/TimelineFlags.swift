import LEDCore

/// Event flags as a bit set, so pulses carry them without allocating; converted to
/// `Set<EventFlag>` once per event.

@usableFromInline
struct TimelineFlags: OptionSet, Sendable, Hashable, BitwiseCopyable {
    @usableFromInline let rawValue: UInt8

    @usableFromInline
    init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    @usableFromInline static let ongoing = TimelineFlags(rawValue: 1 << 0)
    @usableFromInline static let debounced = TimelineFlags(rawValue: 1 << 1)
    @usableFromInline static let offWithoutOn = TimelineFlags(rawValue: 1 << 2)
    @usableFromInline static let repeatedOn = TimelineFlags(rawValue: 1 << 3)
    @usableFromInline static let timeBackwards = TimelineFlags(rawValue: 1 << 4)

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
