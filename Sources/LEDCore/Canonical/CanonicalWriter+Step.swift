extension CanonicalWriter {
    /// The canonical text of one step (events joined by `&`).
    package static func string(forStep step: EventStep) -> String {
        var out: [UInt8] = []
        write(step, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Concurrent events in canonical order (by their tokens, each written once as bytes), the same
    /// event said twice at the same time (the same token) kept once: the first said.
    package static func orderedDistinct(_ events: [LEDEvent]) -> [LEDEvent] {
        guard events.count > 1 else { return events }
        let tokens = events.map { event in
            var token: [UInt8] = []
            token.reserveCapacity(48)
            write(event, into: &token)
            return token
        }
        // Tokens are ASCII, where byte order is the strings' order.
        let order = tokens.indices.sorted { tokens[$0].lexicographicallyPrecedes(tokens[$1]) }
        var unique: [LEDEvent] = []
        unique.reserveCapacity(order.count)
        for (position, index) in order.enumerated()
        where position == 0 || tokens[order[position - 1]] != tokens[index] {
            unique.append(events[index])
        }
        return unique
    }
}
