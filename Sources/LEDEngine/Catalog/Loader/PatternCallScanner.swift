/// Finds recursion and subroutine calls in PCRE2 pattern text — `(?R)`, `(?1)`, `(?+1)`, `(?-1)`,
/// `(?&name)`, `(?P>name)`, `\g<…>`, `\g'…'` — which a catalog refuses.
///
/// The canonical event language is flat, so no rule needs them, and they are the one construct whose
/// cost no PCRE2 limit bounds: the interpreter checks every recursion for a loop by walking back
/// through its frames, so a failing recursive match costs time quadratic in the subject before the
/// depth limit trips (`docs/reliability.md`, finding F4).
///
/// The scan knows enough of PCRE2's syntax not to mistake anything else for a call: groups such as
/// `(?:`, `(?=`, `(?<name>`, `(?P<name>`, `(?|`, conditions such as `(?(1)` and `(?(R)`, option
/// settings such as `(?i)` and `(?-x)`, back references such as `\g1`, `\g{-1}` and `(?P=name)`, and
/// whatever is escaped, quoted (`\Q…\E`), in a character class, in a comment (`(?#…)`, or `#…` in
/// extended mode) or in a verb's name (`(*MARK:…)`).
enum PatternCallScanner {
    /// One call found in a pattern.
    struct Call: Sendable, Hashable {
        /// Its byte offset in the pattern.
        var offset: Int
        /// Its text, such as `(?1)` or `\g<name>`.
        var text: String
    }

    /// The first recursion or subroutine call in `pattern`, if any.
    static func firstCall(in pattern: String) -> Call? {
        var scanner = Scan(bytes: Array(pattern.utf8))
        return scanner.run()
    }

    /// The state of one scan: a cursor, whether it is in a character class, and whether extended mode
    /// (`(?x)`) is on, with its value to restore at the end of each open group.
    private struct Scan {
        let bytes: [UInt8]
        var index = 0
        var inClass = false
        var extended = false
        var outerExtended: [Bool] = []

        init(bytes: [UInt8]) {
            self.bytes = bytes
        }

        /// The byte at `offset`, or 0 past the end.
        func byte(_ offset: Int) -> UInt8 {
            offset < bytes.count ? bytes[offset] : 0
        }

        mutating func run() -> Call? {
            while index < bytes.count {
                let current = bytes[index]
                if current == ascii("\\") {
                    if let call = escape() { return call }
                } else if inClass {
                    classByte()
                } else if current == ascii("[") {
                    openClass()
                } else if current == ascii("(") {
                    if let call = group() { return call }
                } else if current == ascii(")") {
                    extended = outerExtended.popLast() ?? false
                    index += 1
                } else if extended, current == ascii("#") {
                    skip(past: ascii("\n"))
                } else {
                    index += 1
                }
            }
            return nil
        }

        /// A backslash: `\Q…\E` is skipped whole, `\g<…>` and `\g'…'` are calls, `\cX` takes one
        /// more byte, and any other escape is two bytes (what follows, like `{…}` of `\x{…}`, holds
        /// no parenthesis).
        mutating func escape() -> Call? {
            let next = byte(index + 1)
            if next == ascii("Q") {
                index += 2
                while index < bytes.count, !(bytes[index] == ascii("\\") && byte(index + 1) == ascii("E")) {
                    index += 1
                }
                index += 2
                return nil
            }
            if !inClass, next == ascii("g"), byte(index + 2) == ascii("<") || byte(index + 2) == ascii("'") {
                let close = byte(index + 2) == ascii("<") ? ascii(">") : ascii("'")
                return call(from: index, through: close, searchingFrom: index + 3)
            }
            index += next == ascii("c") ? 3 : 2
            return nil
        }

        /// `[` outside a class: a `]` right after `[` or `[^` is a literal.
        mutating func openClass() {
            inClass = true
            index += 1
            if byte(index) == ascii("^") { index += 1 }
            if byte(index) == ascii("]") { index += 1 }
        }

        /// A byte inside a class: `]` ends it; a POSIX class such as `[:alpha:]` is skipped whole.
        mutating func classByte() {
            let current = bytes[index]
            if current == ascii("]") {
                inClass = false
                index += 1
            } else if current == ascii("["), [ascii(":"), ascii("."), ascii("=")].contains(byte(index + 1)) {
                let kind = byte(index + 1)
                var end = index + 2
                while end + 1 < bytes.count, !(bytes[end] == kind && bytes[end + 1] == ascii("]")) { end += 1 }
                index = end + 1 < bytes.count ? end + 2 : index + 1
            } else {
                index += 1
            }
        }

        /// `(` outside a class: a call, a comment, a verb, an option setting, or a group.
        mutating func group() -> Call? {
            let next = byte(index + 1)
            if next == ascii("*") { return verb() }
            guard next == ascii("?") else {
                openGroup(skipping: 1)
                return nil
            }
            let kind = byte(index + 2)
            if kind == ascii("R") || Self.isDigit(kind) || kind == ascii("&")
                || ((kind == ascii("+") || kind == ascii("-")) && Self.isDigit(byte(index + 3)))
                || (kind == ascii("P") && byte(index + 3) == ascii(">"))
            {
                return call(from: index, through: ascii(")"), searchingFrom: index + 2)
            }
            if kind == ascii("#") {
                skip(past: ascii(")"))
                return nil
            }
            if kind == ascii("^") || kind == ascii("-") || "imnrsxJUa".utf8.contains(kind) {
                options()
                return nil
            }
            openGroup(skipping: 2)
            return nil
        }

        /// `(*…`: a lower-case name followed by `:` opens a group (`(*atomic:`, `(*pla:` …); anything
        /// else — a verb (`(*SKIP)`, `(*MARK:name)`) or a start option (`(*UTF)`) — is skipped whole.
        mutating func verb() -> Call? {
            var end = index + 2
            while end < bytes.count, Self.isLower(bytes[end]) || bytes[end] == ascii("_") { end += 1 }
            if end > index + 2, byte(end) == ascii(":") {
                outerExtended.append(extended)
                index = end + 1
                return nil
            }
            skip(past: ascii(")"))
            return nil
        }

        /// `(?` followed by option letters: `(?x)` changes extended mode for the rest of the group,
        /// `(?x:` for a new group; `^` turns every option off first, letters after `-` turn theirs off.
        mutating func options() {
            var end = index + 2
            var on = true
            var value = extended
            while end < bytes.count {
                let letter = bytes[end]
                if letter == ascii("^") {
                    value = false
                } else if letter == ascii("-") {
                    on = false
                } else if letter == ascii("x") {
                    value = on
                } else if !Self.isOptionLetter(letter) {
                    break
                }
                end += 1
            }
            switch byte(end) {
            case ascii(":"):
                outerExtended.append(extended)
                extended = value
                index = end + 1
            case ascii(")"):
                // A setting for the rest of the enclosing group.
                extended = value
                index = end + 1
            default:
                // Not an option setting (PCRE2 refuses it at compile time): count it as a group.
                openGroup(skipping: 2)
            }
        }

        /// A group opens: extended mode is restored when it closes.
        mutating func openGroup(skipping count: Int) {
            outerExtended.append(extended)
            index += count
        }

        /// The call from `start` through the first `close` at or after `searchingFrom`.
        mutating func call(from start: Int, through close: UInt8, searchingFrom: Int) -> Call {
            var end = searchingFrom
            while end < bytes.count, bytes[end] != close { end += 1 }
            let stop = min(end + 1, bytes.count)
            index = stop
            return Call(offset: start, text: String(decoding: bytes[start..<stop], as: UTF8.self))
        }

        /// Moves past the next `terminator` (or to the end).
        mutating func skip(past terminator: UInt8) {
            while index < bytes.count, bytes[index] != terminator { index += 1 }
            index += 1
        }

        func ascii(_ character: Unicode.Scalar) -> UInt8 {
            UInt8(ascii: character)
        }

        static func isDigit(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")
        }

        static func isLower(_ byte: UInt8) -> Bool {
            byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
        }

        /// PCRE2's inline option letters (`(?imnsxxJU)`, and in later versions `r` and `aD`, `aP`, …).
        static func isOptionLetter(_ byte: UInt8) -> Bool {
            "imnrsxJUaDPSTW".utf8.contains(byte)
        }
    }
}
