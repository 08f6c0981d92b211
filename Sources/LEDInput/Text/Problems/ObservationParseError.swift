/// Typed text (or a canonical string) that could not be read as an observation: what was wrong,
/// where, and what the person may have meant.
///
/// ``description`` renders the error the way rustc (and swift-parsing) do, with a caret under the
/// offending word:
///
/// ```text
/// error: unknown word "rde"
///  --> column 1
///   |
/// 1 | rde x6 after blue
///   | ^^^ did you mean "red"?
/// ```
public struct ObservationParseError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What was wrong, in words.
    public var message: String
    /// The first character (counted in `Character`s) of the offending word.
    public var start: Int
    /// The character just past the offending word (`start` when it is empty).
    public var end: Int
    /// The UTF-8 byte offset of `start`.
    public var utf8Offset: Int
    /// Known words the person may have meant, nearest first.
    public var suggestions: [String]
    /// A hint printed beside the caret when there are no suggestions.
    public var note: String?
    /// The text that was read.
    public var input: String

    /// Creates an error over characters `start..<end` of `input`.
    public init(
        _ message: String, start: Int, end: Int, utf8Offset: Int, suggestions: [String] = [], note: String? = nil,
        input: String
    ) {
        self.message = message
        self.start = start
        self.end = max(start, end)
        self.utf8Offset = utf8Offset
        self.suggestions = suggestions
        self.note = note
        self.input = input
    }

    /// The text beside the caret: the suggestions as a question, or the note.
    public var label: String? {
        guard let first = suggestions.first else { return note }
        var out = "did you mean \"\(first)\""
        for (index, word) in suggestions.enumerated().dropFirst() {
            out += index == suggestions.count - 1 ? " or \"\(word)\"" : ", \"\(word)\""
        }
        return out + "?"
    }

    /// The rustc-style rendering: message, position, the input line and a caret under the word.
    public var description: String {
        let snippet = SourceSnippet(input: input, start: start, end: end)
        let number = String(snippet.line)
        let pad = String(repeating: " ", count: number.count)
        var caret =
            String(repeating: " ", count: snippet.caretOffset) + String(repeating: "^", count: snippet.caretWidth)
        if let label { caret += " \(label)" }
        let lines = [
            "error: \(message)",
            snippet.isMultiline
                ? "\(pad)--> line \(snippet.line), column \(snippet.column)" : "\(pad)--> column \(snippet.column)",
            "\(pad) |",
            "\(number) | \(snippet.text)",
            "\(pad) | \(caret)",
        ]
        // No line ends in blanks (an empty or blank input would otherwise leave "1 | ").
        return lines.map { line in
            String(line[..<(line.lastIndex { $0 != " " && $0 != "\t" }.map(line.index(after:)) ?? line.startIndex)])
        }
        .joined(separator: "\n")
    }
}
