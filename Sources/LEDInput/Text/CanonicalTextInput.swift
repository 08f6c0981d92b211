import LEDCore

/// Reads a canonical event string given where typed text was expected (`leddiag diagnose 'dev=…'`),
/// turning a ``CanonicalSyntaxError`` into an ``ObservationParseError`` and pointing each event at its
/// token.

enum CanonicalTextInput {
    static func parse(_ text: String, device: String?) throws(ObservationParseError) -> ParsedText {
        let bytes = Array(text.utf8)
        let offsets = CharacterOffsets(text, bytes: bytes)
        var observation: Observation
        do {
            observation = try CanonicalReader.observation(from: text)
        } catch {
            var end = min(max(error.offset, 0), bytes.count)
            while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
            throw ObservationParseError(
                error.message, start: offsets.start(ofByte: error.offset), end: offsets.end(ofByte: end),
                utf8Offset: error.offset, input: text)
        }
        if let device { observation.device = device }

        // The device, the contexts, ":", then one word per step (the reader ignores a byte-order mark
        // before them and blanks and line breaks after them).
        let words = CanonicalReader.words(of: bytes).map { (start: $0.lowerBound, end: $0.upperBound) }
        var readings: [WordReading] = []
        func reading(_ word: (start: Int, end: Int), _ role: WordReading.Role, _ meaning: String) {
            readings.append(
                WordReading(
                    start: offsets.start(ofByte: word.start), end: offsets.end(ofByte: word.end), utf8Start: word.start,
                    utf8End: word.end, text: String(decoding: bytes[word.start..<word.end], as: UTF8.self), role: role,
                    meaning: meaning))
        }
        if words.count > 0 { reading(words[0], .device, "device \(observation.device ?? "?")") }
        if words.count > 1 {
            let contexts = observation.contexts.sorted().map(\.rawValue).joined(separator: ",")
            reading(words[1], .context, contexts.isEmpty ? "no context" : "context \(contexts)")
        }
        let stepWords = words.dropFirst(3)
        var steps: [EventStep] = []
        for (step, word) in zip(observation.steps, stepWords) {
            let source = SourceSpan.text(start: offsets.start(ofByte: word.start), end: offsets.end(ofByte: word.end))
            steps.append(
                EventStep(
                    step.events.map { event in
                        var event = event
                        event.source = source
                        return event
                    }))
            reading(word, .event, "event \(CanonicalWriter.string(forStep: step))")
        }
        if steps.count == observation.steps.count { observation.steps = steps }
        return ParsedText(observation: observation, readings: readings)
    }
}
