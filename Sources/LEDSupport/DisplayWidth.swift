/// How many terminal columns text takes: what carets and underlines must count, rather than
/// characters or bytes.
///
/// A `Character` is 2 columns when it is an emoji shown as a picture or an East Asian wide or
/// full-width character, 0 when it is only a combining mark or an invisible format character, and 1
/// otherwise — the rules of `wcwidth` and Unicode's East Asian Width, simplified to what typed
/// observations contain. "red ×6 after blue" is 17 columns; "🔴 red" is 6.
public enum DisplayWidth {
    /// The columns `text` takes.
    public static func of(_ text: some StringProtocol) -> Int {
        text.reduce(0) { $0 + of($1) }
    }

    /// The columns one character takes: 0, 1 or 2.
    public static func of(_ character: Character) -> Int {
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.contains(where: { $0.value == 0xFE0F }) && scalars.contains(where: { $0.properties.isEmoji }) {
            return 2
        }
        if first.properties.isEmojiPresentation || isWide(first.value) { return 2 }
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        case .control: return first.value == 0x09 ? 1 : 0
        default: return 1
        }
    }

    /// The column at which character offset `offset` of `text` starts.
    public static func column(ofCharacter offset: Int, in text: String) -> Int {
        of(text.prefix(max(0, offset)))
    }

    /// East Asian Wide and Fullwidth ranges (Unicode 15), the ones typed text meets.
    private static func isWide(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
            0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x1F300...0x1F64F,
            0x1F900...0x1F9FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
