/// One word or phrase of typed text that the parser recognised, and what it took it to mean.
///
/// `leddiag explain` draws carets under `start..<end` of the input and prints ``meaning`` beside them.
public struct WordReading: Sendable, Hashable {
    /// What part of an observation a recognised word contributes to.
    public enum Role: String, Sendable, Hashable, CaseIterable {
        /// The device model ("Outdoor 4").
        case device
        /// An LED colour ("red").
        case color
        /// What the LED does ("blinking", "solid", "off").
        case kind
        /// How many pulses ("x6", "five or six times").
        case count
        /// How fast it pulses ("slowly", "every 2 seconds").
        case speed
        /// How long it lasts ("for 10 seconds", "keeps", "nonstop").
        case duration
        /// A flag such as `noblink` ("doesn't blink").
        case flag
        /// The end of the event just described ("goes off").
        case end
        /// Time order between events ("then", "after", ",").
        case order
        /// Events or colours at the same time ("and", "with").
        case together
        /// The situation ("after reset", "during setup").
        case context
        /// A whole event token of a canonical string.
        case event
    }

    /// The first character (counted in `Character`s) of the words in the input.
    public var start: Int
    /// The character just past the words.
    public var end: Int
    /// The UTF-8 byte offset of `start`.
    public var utf8Start: Int
    /// The UTF-8 byte offset of `end`.
    public var utf8End: Int
    /// The words exactly as typed.
    public var text: String
    /// What the words contribute to.
    public var role: Role
    /// What they meant, for people: `color red`, `count 6`, `context after-reset`, `order: after`.
    public var meaning: String

    /// Creates a reading.
    public init(start: Int, end: Int, utf8Start: Int, utf8End: Int, text: String, role: Role, meaning: String) {
        self.start = start
        self.end = end
        self.utf8Start = utf8Start
        self.utf8End = utf8End
        self.text = text
        self.role = role
        self.meaning = meaning
    }
}
