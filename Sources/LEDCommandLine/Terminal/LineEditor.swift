import Foundation
import LEDDiagnostics
import LEDSupport

/// A small line editor for prompts on a terminal (no readline package is needed):
///
/// - ←/→ (Ctrl-B/F), Alt-←/→ or Alt-B/F by word, Home/End (Ctrl-A/E);
/// - Backspace, Delete, Ctrl-K (cut to the end), Ctrl-U (cut to the start), Ctrl-W (cut the word
///   before), Ctrl-Y (paste what was cut);
/// - ↑/↓ (Ctrl-P/N) through the history of the same prompt;
/// - Tab completes from the given words (twice lists them when several fit);
/// - Ctrl-L clears the screen; Enter accepts; Ctrl-D on an empty line ends input; Ctrl-C leaves.
///
/// Used only when standard input and output are terminals; the terminal is in raw mode only while
/// a line is being read. Lines wider than the terminal scroll sideways. The history of one prompt
/// (`persistentHistory`) is kept in a file between sessions.
final class LineEditor: LineReader {
    private var histories: [String: [String]] = [:]
    private let historyFile: String?
    private let persistentHistory: String
    private static let historyLimit = 500

    /// Creates an editor; `historyFile` keeps the `persistentHistory` prompt's lines between sessions.
    init(historyFile: String? = LineEditor.defaultHistoryFile, persistentHistory: String = "observation") {
        self.historyFile = historyFile
        self.persistentHistory = persistentHistory
        if let historyFile, let text = try? String(contentsOfFile: historyFile, encoding: .utf8) {
            histories[persistentHistory] = text.split(separator: "\n").map(String.init).suffix(Self.historyLimit).map {
                $0
            }
        }
    }

    /// `$LEDDIAG_HISTORY` (empty: no history file), else `$XDG_STATE_HOME/leddiag/history`, else
    /// `~/.local/state/leddiag/history`.
    static var defaultHistoryFile: String? {
        let environment = ProcessInfo.processInfo.environment
        if let path = environment["LEDDIAG_HISTORY"] { return path.isEmpty ? nil : path }
        if let state = environment["XDG_STATE_HOME"], !state.isEmpty { return state + "/leddiag/history" }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/state/leddiag/history"
    }

    func close() {
        guard let historyFile, let lines = histories[persistentHistory], !lines.isEmpty else { return }
        let folder = (historyFile as NSString).deletingLastPathComponent
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let text = lines.suffix(Self.historyLimit).joined(separator: "\n") + "\n"
        _ = FileManager.default.createFile(atPath: historyFile, contents: Data(text.utf8))
    }

    // MARK: Reading a line

    /// The line being edited.
    private struct State {
        var buffer: [Character] = []
        var cursor = 0
        /// Index into the history while browsing it; `entries.count` is the line being written.
        var historyIndex = 0
        var entries: [String] = []
        var lastWasTab = false
    }

    private var cut: [Character] = []

    func read(prompt: String, history: String, completions: [String]) -> LineInput {
        guard Terminal.enableRawMode() else {
            return PlainLineReader(echo: false).read(prompt: prompt, history: history, completions: completions)
        }
        defer { Terminal.disableRawMode() }
        var state = State()
        state.entries = (histories[history] ?? []) + [""]
        state.historyIndex = state.entries.count - 1
        refresh(prompt, state)
        while true {
            guard let key = readKey() else {
                Terminal.write("\n")
                return .endOfFile
            }
            let wasTab = state.lastWasTab
            state.lastWasTab = false
            switch key {
            case .enter:
                Terminal.write("\n")
                let line = String(state.buffer)
                if !line.trimmingCharacters(in: .whitespaces).isEmpty, histories[history]?.last != line {
                    histories[history, default: []].append(line)
                }
                return .line(line)
            case .interrupt:
                Terminal.write("^C\n")
                return .interrupted
            case .endOfFile:
                if state.buffer.isEmpty {
                    Terminal.write("\n")
                    return .endOfFile
                }
                deleteForward(&state)
            case .character(let character):
                state.buffer.insert(character, at: state.cursor)
                state.cursor += 1
            case .backspace:
                if state.cursor > 0 {
                    state.cursor -= 1
                    state.buffer.remove(at: state.cursor)
                }
            case .delete:
                deleteForward(&state)
            case .left: state.cursor = max(0, state.cursor - 1)
            case .right: state.cursor = min(state.buffer.count, state.cursor + 1)
            case .home: state.cursor = 0
            case .end: state.cursor = state.buffer.count
            case .wordLeft: state.cursor = wordStart(before: state.cursor, in: state.buffer)
            case .wordRight: state.cursor = wordEnd(after: state.cursor, in: state.buffer)
            case .killToEnd:
                cut = Array(state.buffer[state.cursor...])
                state.buffer.removeSubrange(state.cursor...)
            case .killToStart:
                cut = Array(state.buffer[..<state.cursor])
                state.buffer.removeSubrange(..<state.cursor)
                state.cursor = 0
            case .killWord:
                let start = wordStart(before: state.cursor, in: state.buffer)
                cut = Array(state.buffer[start..<state.cursor])
                state.buffer.removeSubrange(start..<state.cursor)
                state.cursor = start
            case .yank:
                state.buffer.insert(contentsOf: cut, at: state.cursor)
                state.cursor += cut.count
            case .up: browse(&state, by: -1)
            case .down: browse(&state, by: 1)
            case .tab:
                complete(&state, prompt: prompt, completions: completions, list: wasTab)
                state.lastWasTab = true
            case .clearScreen:
                Terminal.write("\u{1B}[H\u{1B}[2J")
            case .ignored:
                break
            }
            refresh(prompt, state)
        }
    }

    private func deleteForward(_ state: inout State) {
        if state.cursor < state.buffer.count { state.buffer.remove(at: state.cursor) }
    }

    private func browse(_ state: inout State, by step: Int) {
        let target = state.historyIndex + step
        guard state.entries.indices.contains(target) else { return }
        state.entries[state.historyIndex] = String(state.buffer)
        state.historyIndex = target
        state.buffer = Array(state.entries[target])
        state.cursor = state.buffer.count
    }

    /// Completes the whole line from `completions` (case-insensitively): one fit is filled in, several
    /// fill in what they share, and a second Tab lists them.
    private func complete(_ state: inout State, prompt: String, completions: [String], list: Bool) {
        let typed = String(state.buffer).lowercased()
        var seen: Set<String> = []
        let fits = completions.filter { $0.lowercased().hasPrefix(typed) && seen.insert($0.lowercased()).inserted }
        guard !fits.isEmpty else {
            Terminal.write("\u{07}")
            return
        }
        if fits.count == 1 {
            state.buffer = Array(fits[0])
            state.cursor = state.buffer.count
            return
        }
        let shared = Self.commonPrefix(fits)
        if shared.count > state.buffer.count {
            state.buffer = Array(shared)
            state.cursor = state.buffer.count
            return
        }
        guard list else {
            Terminal.write("\u{07}")
            return
        }
        let width = (fits.map { DisplayWidth.of($0) }.max() ?? 0) + 2
        let perRow = max(1, Terminal.columns / width)
        var text = "\r\n"
        for (index, fit) in fits.sorted().enumerated() {
            text += fit + String(repeating: " ", count: width - DisplayWidth.of(fit))
            if (index + 1) % perRow == 0 { text += "\r\n" }
        }
        if fits.count % perRow != 0 { text += "\r\n" }
        Terminal.write(text)
    }

    /// The longest prefix (in characters, compared case-insensitively) the words share, spelt as the first.
    static func commonPrefix(_ words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < min(prefix.count, characters.count),
                prefix[length].lowercased() == characters[length].lowercased()
            {
                length += 1
            }
            prefix = Array(prefix[..<length])
        }
        return String(prefix)
    }

    private func wordStart(before cursor: Int, in buffer: [Character]) -> Int {
        var index = cursor
        while index > 0, !Self.isWordCharacter(buffer[index - 1]) { index -= 1 }
        while index > 0, Self.isWordCharacter(buffer[index - 1]) { index -= 1 }
        return index
    }

    private func wordEnd(after cursor: Int, in buffer: [Character]) -> Int {
        var index = cursor
        while index < buffer.count, !Self.isWordCharacter(buffer[index]) { index += 1 }
        while index < buffer.count, Self.isWordCharacter(buffer[index]) { index += 1 }
        return index
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber
    }

    // MARK: Drawing

    /// Redraws the prompt and the line, scrolled sideways so that the cursor stays visible.
    private func refresh(_ prompt: String, _ state: State) {
        let promptWidth = DisplayWidth.of(Self.visible(prompt))
        let available = max(8, Terminal.columns - promptWidth - 1)
        var start = 0
        while DisplayWidth.of(String(state.buffer[start..<state.cursor])) >= available { start += 1 }
        var end = start
        var width = 0
        while end < state.buffer.count, width + DisplayWidth.of(state.buffer[end]) <= available {
            width += DisplayWidth.of(state.buffer[end])
            end += 1
        }
        let cursorColumn = promptWidth + DisplayWidth.of(String(state.buffer[start..<state.cursor]))
        var text = "\r" + prompt + String(state.buffer[start..<end]) + "\u{1B}[K\r"
        if cursorColumn > 0 { text += "\u{1B}[\(cursorColumn)C" }
        Terminal.write(text)
    }

    /// `text` without ANSI escape sequences.
    static func visible(_ text: String) -> String {
        var out = ""
        var inEscape = false
        for character in text {
            if inEscape {
                if character.isLetter { inEscape = false }
            } else if character == "\u{1B}" {
                inEscape = true
            } else {
                out.append(character)
            }
        }
        return out
    }

    // MARK: Keys

    /// A key press, decoded.
    private enum Key {
        case character(Character)
        case enter, tab, backspace, delete, interrupt, endOfFile
        case left, right, home, end, wordLeft, wordRight, up, down
        case killToEnd, killToStart, killWord, yank, clearScreen, ignored
    }

    private func readByte() -> UInt8? {
        var byte: UInt8 = 0
        while true {
            let count = Foundation.read(STDIN_FILENO, &byte, 1)
            if count == 1 { return byte }
            if count < 0, errno == EINTR { continue }
            return nil
        }
    }

    private func readKey() -> Key? {
        guard let byte = readByte() else { return nil }
        switch byte {
        case 1: return .home
        case 2: return .left
        case 3: return .interrupt
        case 4: return .endOfFile
        case 5: return .end
        case 6: return .right
        case 8, 127: return .backspace
        case 9: return .tab
        case 10, 13: return .enter
        case 11: return .killToEnd
        case 12: return .clearScreen
        case 14: return .down
        case 16: return .up
        case 21: return .killToStart
        case 23: return .killWord
        case 25: return .yank
        case 27: return readEscape()
        case 0..<32: return .ignored
        default: return readCharacter(startingWith: byte)
        }
    }

    /// ESC [ A (arrows), ESC [ 1 ~ / 3 ~ / 4 ~ (Home, Delete, End), ESC O H/F, ESC [ 1 ; 3 D (Alt-arrows), ESC b / f.
    private func readEscape() -> Key {
        guard let first = readByte() else { return .ignored }
        switch first {
        case UInt8(ascii: "b"): return .wordLeft
        case UInt8(ascii: "f"): return .wordRight
        case UInt8(ascii: "O"):
            switch readByte() {
            case UInt8(ascii: "H"): return .home
            case UInt8(ascii: "F"): return .end
            default: return .ignored
            }
        case UInt8(ascii: "["):
            var parameters = ""
            while let byte = readByte() {
                if (0x40...0x7E).contains(byte) {
                    let modified = parameters.hasSuffix(";3") || parameters.hasSuffix(";5")
                    switch byte {
                    case UInt8(ascii: "A"): return .up
                    case UInt8(ascii: "B"): return .down
                    case UInt8(ascii: "C"): return modified ? .wordRight : .right
                    case UInt8(ascii: "D"): return modified ? .wordLeft : .left
                    case UInt8(ascii: "H"): return .home
                    case UInt8(ascii: "F"): return .end
                    case UInt8(ascii: "~"):
                        switch parameters {
                        case "1", "7": return .home
                        case "4", "8": return .end
                        case "3": return .delete
                        default: return .ignored
                        }
                    default: return .ignored
                    }
                }
                parameters.append(Character(UnicodeScalar(byte)))
                if parameters.count > 8 { return .ignored }
            }
            return .ignored
        default:
            return .ignored
        }
    }

    /// One UTF-8 encoded character (its further bytes are read as needed).
    private func readCharacter(startingWith lead: UInt8) -> Key {
        var bytes = [lead]
        let length: Int
        switch lead {
        case 0xC0...0xDF: length = 2
        case 0xE0...0xEF: length = 3
        case 0xF0...0xF7: length = 4
        default: length = 1
        }
        while bytes.count < length, let next = readByte() { bytes.append(next) }
        guard let text = String(validating: bytes, as: UTF8.self), let character = text.first else { return .ignored }
        return .character(character)
    }
}
