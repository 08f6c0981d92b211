extension BatchDiagnoser {
    /// Reads typed observations, one per line: `[TIME] DEVICE [MODEL]: free text`
    /// (`porch outdoor-4: red x6 after blue`, `2026-11-20T08:00:00Z porch: solid blue`).
    ///
    /// The header ends at the first word that ends with `:` (or a lone `:`); it has one to three words.
    /// With two words, the first is a time when it reads as one (`TIME DEVICE`), otherwise the words are
    /// `DEVICE MODEL`. The model is one word: a catalog id or a one-word alias.
    struct TypedFormat: StatelessLineFormat {
        /// Finds the fields of the line `base[start..<end]`; says what is wrong when it has no header or no text.
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields
        ) -> LineProblem? {
            var words: [ByteSpan] = []
            var i = start
            var textStart = -1
            while words.count < 4 {
                i = ByteScan.pastBlanks(base, from: i, end: end)
                if i == end { break }
                let wordStart = i
                while i < end, base[i] != 0x20, base[i] != 0x09 { i += 1 }
                if base[i - 1] == UInt8(ascii: ":") {
                    if i - 1 > wordStart { words.append(ByteSpan(start: wordStart, count: i - 1 - wordStart)) }
                    textStart = i
                    break
                }
                words.append(ByteSpan(start: wordStart, count: i - wordStart))
            }
            guard textStart >= 0, (1...3).contains(words.count) else {
                return .typedHeader
            }
            var cache = BatchTimestamp.DayCache()
            func isTime(_ span: ByteSpan) -> Bool {
                BatchTimestamp.seconds(UnsafePointer(base + span.start), count: span.count, cache: &cache) != nil
            }
            switch words.count {
            case 1:
                fields.device = words[0]
            case 2:
                if isTime(words[0]) {
                    fields.time = words[0]
                    fields.device = words[1]
                } else {
                    fields.device = words[0]
                    fields.model = words[1]
                }
            default:
                fields.time = words[0]
                fields.device = words[1]
                fields.model = words[2]
            }
            let textFirst = ByteScan.pastBlanks(base, from: textStart, end: end)
            let textEnd = ByteScan.beforeBlanks(base, from: end, start: textFirst)
            guard textEnd > textFirst else { return .typedText }
            fields.text = ByteSpan(start: textFirst, count: textEnd - textFirst)
            return nil
        }
    }
}
