import LEDVocabulary

/// Reads a chat written out as turns ("Nia: SM blue is blinking. Ed: other way round - blue steady, green
/// blinking. Nia: oh yeah you're right"): a turn that describes the light after another speaker's description
/// corrects it (as "Correction: …" does); a question ("Mike: blinking blue when I walk up??") and an agreement
/// ("ok yes solid", "oh right, steady") tell nothing new of the light — but a "yes" that answers a question
/// tells it ("Me: does it light up? Gran: yes dear, a little red wink"). A chat is two speakers or more, each name
/// a word alone before a colon at the start of the text, of a sentence or after "/".
///
/// Runs after ``ProposalPass`` and before ``ResolvePass``.
struct ChatTurnPass {
    /// The word at a token index, lower-cased; empty for a number, a symbol or an index outside the text.
    let word: (Int) -> String
    /// The typed text of the token at an index; empty outside the text.
    let text: (Int) -> String

    /// Words that open an agreement.
    static let agreements: Set<String> = [
        "ok", "okay", "oh", "yes", "yeah", "yep", "right", "true", "exactly", "ah", "ahh", "k", "kk", "sure",
    ]
    /// Words that answer the other speaker at the start of a turn.
    static let answers: Set<String> = ["no", "nah", "nope", "naw"]
    /// The longest speaker name, in bytes.
    static let longestName = 12

    /// One turn: its speaker, the token of its name and its items.
    private struct Turn {
        var speaker: String
        var nameToken: Int
        var items: Range<Int>
        var isQuestion = false
    }

    func run(_ items: [TextItem]) -> [TextItem] {
        let turns = self.turns(of: items)
        guard Set(turns.map(\.speaker)).count >= 2 else { return items }
        var out = Array(items[..<(turns.first?.items.lowerBound ?? items.count)])
        var lastSpeakerOfLight: String?
        var previousAsked = false
        for turn in turns {
            let slice = items[turn.items]
            defer { previousAsked = turn.isQuestion }
            // "Gran: yes dear, a little red wink": a "yes" that answers a question goes on to tell the light.
            let agrees = Self.agreements.contains(word(turn.nameToken + 2)) && !previousAsked
            if turn.isQuestion || agrees {
                out += slice.filter { !Self.tellsLight($0.meaning) }
                continue
            }
            let describes = slice.contains { $0.meaning.describesLight || Self.isDarkness($0.meaning) }
            if describes, let earlier = lastSpeakerOfLight, earlier != turn.speaker {
                // after the colon: "Ed: other way round - …" reads as "Correction: other way round - …"
                var rest = slice[...]
                if let colon = rest.first, colon.meaning == .order(.comma) {
                    out.append(colon)
                    rest = rest.dropFirst()
                }
                out.append(TextItem(.correction, turn.nameToken, turn.nameToken))
                // "B: no it was red": the reply's "no" answers the other speaker; it denies no light
                if let answer = rest.first, answer.meaning == .negation, answer.first == answer.last,
                    Self.answers.contains(word(answer.first))
                {
                    rest = rest.dropFirst()
                }
                out += rest
            } else {
                out += slice
            }
            if describes { lastSpeakerOfLight = turn.speaker }
        }
        return out
    }

    /// The turns of a chat, in order; empty when the text has no speaker names.
    private func turns(of items: [TextItem]) -> [Turn] {
        guard let lastToken = items.last?.last else { return [] }
        var names: [(token: Int, item: Int)] = []
        for token in 0..<lastToken where text(token + 1) == ":" && isName(token) {
            guard token == 0 || [".", "!", "?", "/", "\n"].contains(text(token - 1).suffix(1)) else { continue }
            // the name's turn starts with the first item after it (the colon's, when it is one)
            guard let item = items.firstIndex(where: { $0.first > token }),
                !items[..<item].contains(where: {
                    $0.last >= token
                })
            else { continue }
            names.append((token, item))
        }
        var turns: [Turn] = []
        for (position, name) in names.enumerated() {
            let end = position + 1 < names.count ? names[position + 1].item : items.count
            var turn = Turn(speaker: word(name.token), nameToken: name.token, items: name.item..<end)
            let nextName = position + 1 < names.count ? names[position + 1].token : lastToken + 2
            turn.isQuestion = (name.token + 1..<nextName).contains { text($0).contains("?") }
            turns.append(turn)
        }
        return turns
    }

    /// Words before a colon that head a note rather than name a speaker ("Update: now solid blue", "Before: …").
    static let headings: Set<String> = [
        "note", "notes", "update", "edit", "ps", "status", "result", "results", "summary", "before", "after", "now",
        "then", "later", "earlier", "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
        "step", "first", "second", "third", "finally", "also", "info", "issue", "problem", "symptom", "symptoms",
        "led", "leds", "light", "lights", "ring", "model", "device", "camera", "cam", "setup", "fix", "action",
        "observed", "expected", "actual", "fyi", "btw", "re", "subject", "pattern", "behaviour", "behavior",
        "colour", "color", "time", "timeline", "app", "chat", "transcript", "log", "ticket", "case",
    ]

    /// Whether the token is a word that can name a speaker: letters only, short, no heading.
    private func isName(_ token: Int) -> Bool {
        let said = word(token)
        return !said.isEmpty && said.utf8.count <= Self.longestName && !Self.headings.contains(said)
    }

    /// Whether a meaning tells what the light does (dropped from a question or an agreement).
    private static func tellsLight(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .color, .kind, .lit, .looseOn, .constant, .stuckOn, .repeated, .alternation, .count, .bareCount,
            .countWord, .duration, .exactDuration, .speed, .negation, .negatedBlink, .flag, .absent, .simultaneous,
            .endOfLight, .continuous, .dark, .pulseTiming:
            return true
        default:
            return false
        }
    }

    /// Whether a meaning says the light is dark ("it's off now", "it stopped").
    private static func isDarkness(_ meaning: TextMeaning) -> Bool {
        switch meaning {
        case .kind(.off), .endOfLight, .dark: return true
        default: return false
        }
    }
}
