import LEDCore

/// Byte positions inside a canonical event string, for drawing under it and mapping a rule's match
/// to the events it covers; the string's ``CanonicalLayout`` says where they lie.
enum CanonicalTokens {
    /// The byte offset where the events start: just after the header's ` : `.
    static func eventStart(of canonical: String) -> Int {
        CanonicalLayout(of: canonical).eventsStart
    }

    /// The byte range of every event token, in order.
    static func ranges(in canonical: String) -> [Range<Int>] {
        CanonicalLayout(of: canonical).tokens
    }
}
