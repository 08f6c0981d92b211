public import LEDCore
import LEDVocabulary

/// Reads what a person types about an LED — "it flashes red six times right after the blue light
/// goes off", "solid blue, no blink", "my Blink Mini keeps flashing red" — into an ``Observation``.
///
/// The text is split into words and numbers, phrases are matched longest first against a fixed
/// vocabulary (colours, kinds, counts, lengths, speeds, order words, situations) and the device
/// table, and clauses are assembled into timed events. Words it does not need are ignored; a word
/// that looks like a misspelt colour, kind or count, or a text with nothing about the light is an
/// ``ObservationParseError`` with a caret under the words; a count of 0 ("blink count 0": no blink), one
/// above ``BlinkCountLimits/maximum`` or an impossible length is read, with a warning. A text starting
/// with `dev=` is read as a canonical string by ``CanonicalReader``.
///
/// Parsing is linear in the length of the text; the vocabulary is built once per process.

public struct TextObservationParser: Sendable {
    /// The device names the parser recognises.
    public var devices: DeviceAliasTable
    /// The thresholds that turn stated lengths and periods into buckets and speeds.
    public var vocabulary: TimingVocabulary
    /// For each device id, the colours that are separate LEDs able to do different things at once
    /// (the Sync Module's blue and green): there, "blue steady, green flashing" is one moment.
    public var separateLEDs: [String: Set<LEDColor>]
    private let lexicon: PhraseLexicon

    /// Creates a parser that knows `devices`, buckets times with `vocabulary`, reads the colours of
    /// `separateLEDs` as separate LEDs and `contextPhrases` (a catalog's, ``Catalog/contextPhrases``) as
    /// the situations they name.
    public init(
        devices: DeviceAliasTable = .init(), vocabulary: TimingVocabulary = .default,
        separateLEDs: [String: Set<LEDColor>] = [:],
        contextPhrases: [ObservationContext: [String]] = [:]
    ) {
        self.devices = devices
        self.vocabulary = vocabulary
        self.separateLEDs = separateLEDs
        self.lexicon = .compiled(contextPhrases: contextPhrases)
    }

    /// Reads `text`. When `device` is given it wins over a device named in the text: a name from the
    /// device table is turned into its id, anything else into id form (`"Outdoor 4"` → `outdoor-4`).
    public func parse(_ text: String, device: String? = nil) throws(ObservationParseError) -> ParsedText {
        let deviceID = device.flatMap { devices.device(named: $0) ?? Self.deviceID(from: $0) }
        if CanonicalReader.looksCanonical(text) {
            return try CanonicalTextInput.parse(text, device: deviceID)
        }
        // Words are read from the folded bytes (full-width forms, other scripts' digits); what is shown
        // (spans, carets, readings, the words of a repair) comes from the bytes as typed.
        let bytes = Array(text.utf8)
        let folded = TextFolding.fold(bytes)
        let readBytes = folded?.bytes ?? bytes
        let offsets = CharacterOffsets(text, bytes: bytes)
        var tokenizer = TextTokenizer(words: lexicon.words)
        var readTokens = tokenizer.tokenize(readBytes)
        let repaired = WordRepairPass(lexicon: lexicon).run(&readTokens, bytes: readBytes)
        let tokens =
            folded.map { folding in
                readTokens.map { token in
                    var typed = token
                    typed.start = folding.origin[token.start]
                    typed.end = folding.origin[token.end]
                    return typed
                }
            } ?? readTokens
        /// The text as typed from token `first` through `last`; empty when they are not tokens of the text (a pass
        /// asking for the token after the last one).
        func typed(_ first: Int, _ last: Int) -> String {
            guard first >= 0, first <= last, last < tokens.count else { return "" }
            return String(decoding: bytes[tokens[first].start..<tokens[last].end], as: UTF8.self)
        }
        let wordTokens = readTokens
        // The passes read a repaired word as what it was read as: "b4 the update" opens with "before".
        let readAs = Dictionary(repaired.map { ($0.token, $0.readAs) }, uniquingKeysWith: { first, _ in first })
        func word(_ index: Int) -> String {
            guard index >= 0, index < wordTokens.count, wordTokens[index].isWord else { return "" }
            if !readAs.isEmpty, let repair = readAs[index] { return repair }
            return String(decoding: readBytes[wordTokens[index].start..<wordTokens[index].end], as: UTF8.self)
                .lowercased()
        }
        func isSymbol(_ index: Int) -> Bool {
            guard index >= 0, index < wordTokens.count, case .symbol = wordTokens[index].kind else { return false }
            return true
        }
        func bracketed(_ first: Int, _ last: Int) -> Bool {
            guard first >= 0, last < wordTokens.count else { return false }
            let before = readBytes[..<wordTokens[first].start].last { $0 != UInt8(ascii: " ") }
            let after = readBytes[wordTokens[last].end...].first { $0 != UInt8(ascii: " ") }
            return before == UInt8(ascii: "(") && after == UInt8(ascii: ")")
        }
        do throws(TextProblem) {
            var items = try ItemLexer(lexicon: lexicon, devices: devices).items(of: readTokens, bytes: readBytes)
            var numbers = NumberPass(vocabulary: vocabulary, text: typed, word: word)
            items = try numbers.run(items)
            items = QuotedInstructionPass(tokens: wordTokens, bytes: readBytes, word: word).run(items)
            items = DayTimePass(word: word).run(items)
            items = OnOffTimingPass(vocabulary: vocabulary, word: word).run(items)
            items = HoldLengthPass(word: word, isSymbol: isSymbol).run(items)
            items = PowerOffLengthPass(word: word, isSymbol: isSymbol).run(items)
            items = StrobePass(word: word).run(items)
            items = PastReferencePass(word: word, isSymbol: isSymbol).run(items)
            items = SinceLengthPass(word: word, isSymbol: isSymbol).run(items)
            items = OwnerLengthPass(word: word).run(items)
            items = LightOutPass(word: word).run(items)
            items = LightNamingPass(word: word).run(items)
            items = SinglePulsePass(word: word).run(items)
            items = OtherSpeedPass(word: word).run(items)
            items = StoppedBlinkingPass(word: word).run(items)
            items = NotStoppedPass(word: word).run(items)
            items = BandSettingPass(word: word).run(items)
            items = NetworkBackPass(word: word, tokenCount: wordTokens.count).run(items)
            items = ProposalPass(word: word, bracketed: bracketed).run(items)
            items = ChatTurnPass(
                word: word,
                text: { index in
                    typed(index, index)
                }
            ).run(items)
            items = PausedBurstPass(word: word).run(items)
            items = NoLightNamedPass(word: word, tokenCount: wordTokens.count).run(items)
            items = AsClausePass(word: word).run(items)
            items = InsteadOfPass(word: word).run(items)
            items = RepeatedBlinkPass().run(items)
            items = LitAndBlinkingPass().run(items)
            items = HedgedColorPass(word: word).run(items)
            items = ResolvePass().run(items)
            items = NoEffectPass(word: word).run(items)
            items = EmphaticNothingPass(word: word).run(items)
            items = SeparatorPass(text: { index in typed(index, index) })
                .run(items)
            var built = try ClauseBuilder(separateLEDs: separateLEDs, vocabulary: vocabulary).build(
                items, device: deviceID)
            if tokens.isEmpty {
                throw TextProblem(
                    "there is no description to read", tokens: nil,
                    note: "describe what the light does, e.g. \"blinking red\" or \"solid blue\"")
            }
            // A situation alone ("after the reset", "the motion alerts are late") says nothing about the
            // light; only a symptom of its own ("the app shows it offline", "it won't go into pairing mode") does.
            if built.steps.isEmpty, built.contexts.isDisjoint(with: ObservationContext.symptoms) { built.contexts = [] }
            if built.steps.isEmpty, built.contexts.isEmpty {
                throw TextProblem(
                    "nothing here describes what the light does", tokens: nil,
                    note: built.contexts.isEmpty
                        ? "name a color and what it does, e.g. \"blinking red\" or \"solid blue\""
                        : "say what the light does then, e.g. \"blinking red after the reset\" or \"no light at all\"")
            }
            func span(_ first: Int, _ last: Int) -> (Int, Int) {
                (offsets.start(ofByte: tokens[first].start), offsets.end(ofByte: tokens[last].end))
            }
            let steps = built.steps.map { drafts in
                Self.step(
                    drafts.map { draft in
                        let (start, end) = span(draft.first, draft.last)
                        return draft.event(source: .text(start: start, end: end))
                    })
            }
            let observation = Observation(device: deviceID ?? built.device, contexts: built.contexts, steps: steps)
            let readings = TextReadings.readings(
                of: items, introducers: built.introducers, tokens: tokens, bytes: bytes, offsets: offsets)
            let repairs = repaired.map { repair in
                let (start, end) = span(repair.token, repair.token)
                return WordRepair(
                    typed: String(
                        decoding: bytes[tokens[repair.token].start..<tokens[repair.token].end], as: UTF8.self),
                    readAs: repair.readAs, start: start, end: end)
            }
            return ParsedText(
                observation: observation, readings: readings, repairs: repairs, warnings: numbers.warnings)
        } catch {
            throw Self.error(from: error, text: text, tokens: tokens, bytes: bytes, offsets: offsets)
        }
    }

    /// Events at the same time as one step, in canonical order (``CanonicalWriter/orderedDistinct(_:)``
    /// writes each token once, so `EventStep`'s own sort finds them sorted); the same event said twice
    /// at the same time is one event.
    private static func step(_ events: [LEDEvent]) -> EventStep {
        EventStep(CanonicalWriter.orderedDistinct(events))
    }

    /// A name in the form of a device id: lower-case letters and digits, other runs as one `-`.
    static func deviceID(from name: String) -> String? {
        var out = ""
        var pendingHyphen = false
        for byte in name.utf8 {
            if let normal = DeviceAliasTable.normalizedByte(byte) {
                if pendingHyphen, !out.isEmpty { out += "-" }
                pendingHyphen = false
                out.unicodeScalars.append(Unicode.Scalar(normal))
            } else {
                pendingHyphen = true
            }
        }
        return out.isEmpty ? nil : out
    }

    /// Places a problem in the input.
    private static func error(
        from problem: TextProblem, text: String, tokens: [TextToken], bytes: [UInt8], offsets: CharacterOffsets
    ) -> ObservationParseError {
        var startByte: Int
        var endByte: Int
        if let range = problem.tokens, range.upperBound < tokens.count {
            startByte = tokens[range.lowerBound].start
            endByte = tokens[range.upperBound].end
        } else {
            // The whole input, without surrounding blanks.
            startByte = 0
            endByte = bytes.count
            while startByte < endByte, Self.isBlank(bytes[startByte]) { startByte += 1 }
            while endByte > startByte, Self.isBlank(bytes[endByte - 1]) { endByte -= 1 }
            if startByte == endByte { (startByte, endByte) = (0, 0) }
        }
        return ObservationParseError(
            problem.message, start: offsets.start(ofByte: startByte), end: offsets.end(ofByte: endByte),
            utf8Offset: startByte, suggestions: problem.suggestions, note: problem.note, input: text)
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n")
            || byte == UInt8(ascii: "\r")
    }
}
