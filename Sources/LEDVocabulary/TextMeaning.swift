package import LEDCore

/// What a recognised word or phrase means. The lexicon maps phrases to the first group of cases;
/// the later passes of the parser resolve numbers, negations and repeats into the second group.

package enum TextMeaning: Sendable, Hashable {
    // MARK: Lexicon meanings

    /// An LED colour.
    case color(LEDColor)
    /// "solid", "blinking", "alternating", "off", "nothing".
    case kind(EventKind)
    /// "lit", "stays on", "turns on": solid; negated ("doesn't light up") it is off.
    case lit
    /// A bare "on", "fixed": solid only right after a colour (a comma between) at the end of a clause ("red
    /// light on", "the ring is red, fixed, it does not blink").
    case looseOn
    /// "dark": off, unless it shades a colour ("dark blue").
    case dark
    /// "goes off", "stops": the end of the event just described; negated it never ends.
    case endOfLight
    /// "stuck on", "always on": solid, without end.
    case stuckOn
    /// A number word ("six").
    case numberWord(Int)
    /// A count word ("twice", "a few", "several").
    case count(BlinkCount)
    /// A count word that counts only beside a colour or kind ("a few blinks", "double flash").
    case countWord(BlinkCount)
    /// "once": a count of 1, or "when" before a clause ("once it resets").
    case once
    /// "times", "time", "x".
    case timesMarker
    /// A unit of time, in seconds ("minutes" = 60).
    case unit(Double)
    /// A stated length ("brief", "for a minute", "a few seconds").
    case duration(DurationBucket)
    /// "slow", "fast", "quickly".
    case speed(BlinkSpeed)
    /// "every …": a blink period follows.
    case every
    /// A period stated as a phrase ("every second", "every few seconds"), in seconds.
    case period(Double)
    /// "nonstop", "continuously": continuous duration, still going.
    case continuous
    /// "keeps", "kept": continuous, unless the light is counted ("keeps doing 6 red blinks after each clip"
    /// is a burst that comes back).
    case keeps
    /// "no", "not", "never", "doesn't".
    case negation
    /// A time-order word.
    case order(TextOrder)
    /// "and", "with", "while", "&": at the same time (or colours lit together).
    case together
    /// "at the same time", "together", "both": colours lit together, not taking turns.
    case simultaneous
    /// "between" (5 and 6 times).
    case between
    /// "or", `-` between numbers.
    case rangeJoin
    /// "to": a range between numbers ("5 to 6 times"), else a change ("from solid blue to blinking red").
    case to
    /// A situation.
    case context(ObservationContext)
    /// "recording light": the blue recording LED, and the recording context.
    case recordingLight
    /// "pairing mode": setup; negated it is `no-pairing-mode`.
    case pairingMode
    /// "constant", "stuck on": a light that goes on and on — solid, unless a blink in its clause
    /// says it is a blinking that goes on ("constant red blinking", "stuck on a blinking red light").
    case constant
    /// "times a minute", "times per second": after a number, a blink rate (a period of unit ÷ number).
    case ratePer(Double)
    /// The moving in front of a camera ("walks up", "runs past", "crossed the lawn"): in a "when …" clause,
    /// or right after a ``mover`` ("the cat crossed the lawn"), it is the motion context.
    case motionCue
    /// Someone or something that moves in front of a camera, where, or arriving ("a car", "the postman", "the
    /// front door", "came home"): in a "when …" clause it is the motion context; elsewhere only with a
    /// ``motionCue`` right after it.
    case mover
    /// "it", "the light", "which": the subject of a new clause. After a complete subordinate clause
    /// ("after the red flash it …") it starts the main clause.
    case subject
    /// Someone pressing the doorbell's button ("when the kids ring the bell"): a motion cue in the same
    /// clause is the visitor, not motion.
    case buttonPress
    /// "the outage": the internet's outage when the internet is said to be back, otherwise a power cut.
    case outage
    /// "let go", "released": the reset button no longer held; with the reset button held before it, what
    /// follows is after the reset.
    case release
    /// A situation that is none of the contexts ("restarted the router", "since I got home"): like a context,
    /// it takes the count said right after it and keeps someone moving in its clause from being motion.
    case otherSituation
    /// "don't see", "missing": the colours of its clause are absent ("the green one I don't see").
    case absentMarker
    /// "the app says", "supposed to": what follows in the clause is what someone expects, not what
    /// the light does ("app says wait for the red flashing").
    case appSays
    /// "correction", "no wait", "scratch that", "I had that backwards": what follows about the light replaces
    /// what was said of it just before.
    case correction
    /// "I said solid, but …", "when I wrote slowly": the words said before, quoted up to the next comma or
    /// "but", are not the light; what follows corrects them (read as a ``correction``).
    case restatement
    /// "exactly that", "just that": the light does what was expected ("the app says wait for blinking blue.
    /// Mine shows exactly that"), so the expectation is what it does.
    case confirmsExpectation
    /// "used to", "previously", "normally": what follows, up to "now" (or the end of the sentence), is
    /// what the light used to do.
    case pastMarker
    /// "now", "this time", "these days": what the light does now (also a "then" between clauses).
    case presentMarker
    /// A time of day ("at 7:10", "3 pm"), in seconds since midnight: two of them around an event give
    /// its length ("started setup at 20:10 and at 20:25 it is still flashing red").
    case clockTime(Double)
    /// "am" / "pm" after an hour.
    case meridiem(pm: Bool)
    /// "still": the event of this clause began before it ("9:30 still red").
    case still
    /// "anymore", "no longer": a light that did something and stopped.
    case noLonger
    /// "joins it", "came on too": the light of this clause comes on beside the one lit before; both are lit.
    case joinsLight
    /// Words that look like the vocabulary but say nothing about the light ("nothing changes",
    /// "fell off"): read and dropped.
    case ignored

    // MARK: Resolved meanings

    /// A device named in the text.
    case device(String)
    /// A number as typed; `word` when it was spelt out.
    case number(NumberLiteral, word: Bool)
    /// An exact length ("for 10 seconds").
    case exactDuration(EventDuration)
    /// A pulse told by its on- and off-times ("on for half a second, off for half a second"), with the
    /// speed of their sum.
    case pulseTiming(PulseTiming, BlinkSpeed)
    /// A flag ("without a single blink" → noblink: the light described is lit and never blinks).
    case flag(EventFlag)
    /// A blink denied ("doesn't flash", "no blinking"): noblink on a light described beside it, and
    /// that colour dark when nothing else is said of it ("it doesn't flash red").
    case negatedBlink
    /// A count from a bare number beside a colour or kind ("flashes red 6"); a count with "times" or
    /// "x" in the same clause wins over it.
    case bareCount(BlinkCount)
    /// A colour said several times over ("red red red").
    case repeated(LEDColor, Int)
    /// Colours said to be absent ("no green", "no blue or green"): nothing, when another light is
    /// described; otherwise those colours off.
    case absent([LEDColor])
    /// Colours taking turns, said by repeating them ("red blue red blue").
    case alternation([LEDColor])

    /// Whether the meaning describes the light itself (a colour or what it does).
    package var describesLight: Bool {
        switch self {
        case .color, .kind, .lit, .repeated, .stuckOn, .recordingLight, .alternation, .constant: return true
        default: return false
        }
    }

    /// Whether the meaning names a colour.
    package var isColor: Bool {
        if case .color = self { return true }
        return false
    }

    /// Whether the meaning is a speed or a length ("fast", "brief"): words that describe a pulse
    /// rather than name the light.
    package var describesPulse: Bool {
        switch self {
        case .speed, .duration: return true
        default: return false
        }
    }

    /// Whether the meaning separates clauses (an order word or "and").
    package var isJoin: Bool {
        switch self {
        case .order, .together: return true
        default: return false
        }
    }
}
