/// One pulse of an episode: a colour (or colours lit together) on from `on` to `off`.
/// An ongoing pulse (never switched off) ends, as far as is known, at the episode's last transition.
@usableFromInline
struct TimelinePulse: Sendable {
    /// When the LED went on, in seconds.
    @usableFromInline var on: Double
    /// When it went off (for an ongoing pulse: the last time the log tells about).
    var off: Double
    /// The line of the `on`.
    var firstLine: Int
    /// The line of the `off` (or the last line of the episode).
    var lastLine: Int
    /// The colour bits; 0 marks a pulse removed while assembling.
    var mask: UInt8
    /// Ongoing and anomaly flags.
    var flags: TimelineFlags
    /// While runs are formed: the index of the pulse's colour mask among short pulses' masks
    /// (`TimelineAssembler.runMasks`), or -1 for a long pulse.
    var runSlot: Int32 = -1
    /// While runs are formed: the next pulse of the same run, or -1.
    var nextInRun: Int32 = -1

    /// How long the LED was on.
    var duration: Double { off - on }
    /// Whether the pulse never ended.
    var isOngoing: Bool { flags.contains(.ongoing) }

    /// Creates a pulse.
    @usableFromInline
    init(on: Double, off: Double, firstLine: Int, lastLine: Int, mask: UInt8, flags: TimelineFlags) {
        self.on = on
        self.off = off
        self.firstLine = firstLine
        self.lastLine = lastLine
        self.mask = mask
        self.flags = flags
    }

    /// Takes `other`'s lines and flags into this pulse (the two are becoming one event).
    mutating func absorb(_ other: TimelinePulse) {
        firstLine = min(firstLine, other.firstLine)
        lastLine = max(lastLine, other.lastLine)
        flags.formUnion(other.flags)
    }
}
