import LEDCore

/// What one clause says about one LED event, gathered word by word before it becomes an ``LEDEvent``.

struct EventDraft {
    var colors: [LEDColor] = []
    /// The kind a word stated ("blinking", "solid"); never `.off` (see `off`).
    var kind: EventKind?
    /// "off", "nothing", "no light"; with a colour, that colour is off ("the green one is off").
    var off = false
    /// Whether the colours were said to be absent ("no green"): dropped when another light is described.
    var absent = false
    /// Whether this clause itself negated a blink ("doesn't flash red"): with a colour and no other
    /// kind, that colour is off. A "not blinking" from a neighbouring clause only flags the event.
    var negatedBlink = false
    /// "goes off": the light described ended.
    var ended = false
    var count: BlinkCount?
    /// Whether `count` came from a bare number, which a count with "times" replaces.
    var countIsBare = false
    var speed: BlinkSpeed?
    var duration: EventDuration?
    /// Whether its "continuous" is a "keeps", which a count makes a burst that comes back.
    var keeps = false
    /// One pulse's on- and off-times, when stated.
    var timing: PulseTiming?
    var flags: Set<EventFlag> = []
    /// "the recording light": blue unless a colour is given.
    var recordingLight = false
    /// "at the same time": several blinking colours are lit together rather than alternating.
    var simultaneous = false
    /// Whether a colour came before the kind word ("red flashing" rather than "flashing red").
    var colorBeforeKind = false
    /// The tokens the draft's words span.
    var first = Int.max
    var last = -1
    /// The tokens of the kind word, for "which colour?" errors.
    var kindTokens: ClosedRange<Int>?

    /// Whether nothing was said.
    var isEmpty: Bool { last < 0 }
    /// Whether the draft names its colour.
    var hasColors: Bool { !colors.isEmpty || recordingLight }
    /// Whether it describes darkness of no particular colour.
    var isOff: Bool { !hasColors && (off || ended) }
    /// Whether it describes darkness, of no particular colour or of its colours.
    var isDark: Bool { off || isOff }
    /// A kind with no colour ("then it blinks 3 times"): the colour comes from a neighbour.
    var needsColor: Bool { !hasColors && !isOff && kind != nil }
    /// Only details ("no blink", "for 10 seconds", "6 times") for a neighbouring event.
    var isModifier: Bool { !hasColors && !isOff && kind == nil }
    /// A lit event that was said to end ("the blue light goes off"); "and" after it means "then".
    var isClosed: Bool { hasColors && ended }

    /// The kind stated or implied: a count or speed implies blinking.
    var effectiveKind: EventKind? {
        if isDark { return .off }
        if let kind { return kind }
        if count != nil || speed != nil { return .blink }
        // "the green one without blink": a colour said not to blink, with no kind of its own, is steady.
        if saysNoBlink, hasColors { return .solid }
        return recordingLight ? .solid : nil
    }

    /// Whether it is said not to blink ("without blink", "doesn't blink").
    var saysNoBlink: Bool { negatedBlink || flags.contains(.noBlink) }

    /// Widens the span to cover `item`.
    mutating func cover(_ item: TextItem) {
        first = min(first, item.first)
        last = max(last, item.last)
    }

    /// Adds a colour once.
    mutating func add(_ color: LEDColor) {
        if !colors.contains(color) { colors.append(color) }
    }

    /// Takes over what `other` says and this draft does not.
    mutating func merge(_ other: EventDraft) {
        for color in other.colors { add(color) }
        if kind == nil || (kind == .blink && other.kind == .alternating) {
            kind = other.kind
            kindTokens = other.kindTokens
        }
        simultaneous = simultaneous || other.simultaneous
        off = off || other.off
        absent = absent && other.absent
        ended = ended || other.ended
        if count == nil || (countIsBare && other.count != nil && !other.countIsBare)
            || Self.statesOver(count, other.count)
        {
            count = other.count
            countIsBare = other.countIsBare
        }
        speed = speed ?? other.speed
        timing = timing ?? other.timing
        keeps = keeps || other.keeps
        if duration == nil || (duration?.bucket == .continuous && other.duration != nil) {
            duration = other.duration ?? duration
        }
        flags.formUnion(other.flags)
        recordingLight = recordingLight || other.recordingLight
        first = min(first, other.first)
        last = max(last, other.last)
    }

    /// Whether two drafts joined by "and" / "with" describe one event rather than two at once:
    /// a colour without a kind joins the other's ("flashing red and blue"), details join anything,
    /// two solid lights are lit together ("solid blue and solid green"), and blinking joins
    /// alternating ("blinking red and green alternately").
    static func describeOneEvent(_ a: EventDraft, _ b: EventDraft) -> Bool {
        if a.isModifier || b.isModifier { return true }
        if a.isDark || b.isDark { return false }
        // "blinks red and blue many times": a colour with no kind of its own joins the other's.
        // So does one whose only word is how fast the two go ("blinking red and blue fast").
        if let kindA = a.kind, b.kind == nil, b.hasColors, !b.saysNoBlink,
            b.speed == nil || isPulsing(kindA) && a.speed == nil && b.count == nil
        {
            return true
        }
        guard let kindA = a.effectiveKind, let kindB = b.effectiveKind else { return true }
        if isPulsing(kindA), isPulsing(kindB), kindA != kindB { return true }  // "blinking red and green alternately"
        if !a.hasColors || !b.hasColors { return kindA == kindB }
        // "it blink red and blink red": one light said twice at the same time is one light.
        if kindA == kindB, Set(a.colors) == Set(b.colors) { return true }
        return kindA == .solid && kindB == .solid
    }

    /// Whether `stated` is a number that says what a vague `vague` ("a bunch", "many times") only hinted:
    /// "blinks red many times, I count it is six".
    static func statesOver(_ vague: BlinkCount?, _ stated: BlinkCount?) -> Bool {
        switch (vague, stated) {
        case (.few?, .exactly?), (.few?, .between?), (.several?, .exactly?), (.several?, .between?): return true
        default: return false
        }
    }

    private static func isPulsing(_ kind: EventKind) -> Bool { kind == .blink || kind == .alternating }

    /// Whether this colourless draft only continues `earlier` ("blue light comes on … and stays on
    /// for 20 seconds"): the same kind, adding nothing `earlier` already says.
    /// "Both" does not continue one light: "blinking blue with solid green, then both solid" is both lit.
    func continues(_ earlier: EventDraft) -> Bool {
        guard needsColor, !simultaneous, earlier.hasColors, !earlier.isOff, earlier.effectiveKind == kind else {
            return false
        }
        return (count == nil || earlier.count == nil) && (speed == nil || earlier.speed == nil)
            && (duration == nil || earlier.duration == nil)
    }

    /// Whether this colourless draft says what `earlier`, a colour with nothing else, does: "it's going
    /// crazy red, flashing nonstop".
    func describesColorOnly(_ earlier: EventDraft) -> Bool {
        needsColor && !earlier.colors.isEmpty && earlier.kind == nil && !earlier.isDark && earlier.count == nil
            && earlier.speed == nil && !earlier.ended
    }

    /// The event: off without colour; otherwise solid unless a kind, count or speed says blinking;
    /// blinking in two or more colours is alternating, unless they are lit "at the same time".
    func event(source: SourceSpan?) -> LEDEvent {
        if isOff {
            return LEDEvent(colors: [], kind: .off, duration: duration, flags: flags, source: source)
        }
        let colors = self.colors.isEmpty && recordingLight ? [LEDColor.blue] : self.colors
        var flags = self.flags
        var count = self.count
        var kind = effectiveKind ?? .solid
        if negatedBlink, self.kind == nil, count == nil, speed == nil, flags.contains(.noBlink) {
            kind = .off  // "doesn't flash red": the red light is dark
        }
        if kind == .off { flags.remove(.noBlink) }
        if self.kind == .solid || kind == .off { count = nil }  // "entered the password three times … lit up red"
        if kind == .blink, colors.count >= 2, !simultaneous { kind = .alternating }
        if kind == .alternating, colors.count < 2 { kind = .blink }
        var event = LEDEvent(
            colors: [], kind: kind, count: count, speed: speed, duration: duration, timing: timing, flags: flags,
            source: source)
        // The draft's colours are already unique; sorting them here spares `LEDEvent.init` a `Set`.
        event.colors = colors.count > 1 ? colors.sorted() : colors
        return event
    }
}
