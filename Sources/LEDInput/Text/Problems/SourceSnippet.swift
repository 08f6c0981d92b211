/// The line of an input that an error points into, cut to a readable width, and where the caret goes.
struct SourceSnippet {
    /// The 1-based line number.
    var line = 1
    /// The 1-based column of the error's first character on that line.
    var column = 1
    /// Whether the input has more than one line.
    var isMultiline = false
    /// The line's text (or a window of it around the error).
    var text = ""
    /// How many characters of `text` precede the caret.
    var caretOffset = 0
    /// How many carets.
    var caretWidth = 1

    /// Lines longer than this are shown as a window around the error.
    static let widest = 100

    init(input: String, start: Int, end: Int) {
        var lineStart = 0
        var lineChars: [Character] = []
        var offset = 0
        var found = false
        for character in input {
            if character.isNewline {
                isMultiline = true
                if found { break }
                line += 1
                lineStart = offset + 1
                lineChars.removeAll(keepingCapacity: true)
            } else {
                if offset >= start, !found { found = true }
                lineChars.append(character)
            }
            offset += 1
        }
        let localStart = max(0, min(start - lineStart, lineChars.count))
        let localEnd = max(localStart, min(end - lineStart, lineChars.count))
        column = localStart + 1
        var windowStart = 0
        var windowEnd = lineChars.count
        if lineChars.count > Self.widest {
            windowStart = max(0, localStart - Self.widest / 2)
            windowEnd = min(lineChars.count, windowStart + Self.widest)
        }
        var shown = ""
        var prefix = 0
        if windowStart > 0 {
            shown += "…"
            prefix = 1
        }
        shown += String(lineChars[windowStart..<windowEnd])
        if windowEnd < lineChars.count { shown += "…" }
        text = shown
        caretOffset = prefix + localStart - windowStart
        caretWidth = max(1, min(localEnd, windowEnd) - localStart)
    }
}
