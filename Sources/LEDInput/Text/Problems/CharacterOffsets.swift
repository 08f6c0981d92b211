/// Converts UTF-8 byte offsets of a text to `Character` offsets, which is what people count and what
/// carets and ``SourceSpan/text(start:end:)`` use. Plain ASCII text without `\r\n` maps one to one and
/// needs no table.
struct CharacterOffsets {
    /// For each byte, the index of the character containing it; nil when bytes are characters.
    private let table: [Int32]?
    private let byteCount: Int
    private let characterCount: Int

    init(_ text: String, bytes: [UInt8]) {
        byteCount = bytes.count
        var simple = true
        var previous: UInt8 = 0
        for byte in bytes {
            if byte >= 0x80 || (byte == UInt8(ascii: "\n") && previous == UInt8(ascii: "\r")) {
                simple = false
                break
            }
            previous = byte
        }
        guard !simple else {
            table = nil
            characterCount = bytes.count
            return
        }
        var map = [Int32](repeating: 0, count: bytes.count)
        var byte = 0
        var index: Int32 = 0
        for character in text {
            let width = character.utf8.count
            for offset in 0..<width where byte + offset < map.count { map[byte + offset] = index }
            byte += width
            index += 1
        }
        table = map
        characterCount = Int(index)
    }

    /// The character that starts at (or contains) byte `offset`.
    func start(ofByte offset: Int) -> Int {
        guard let table else { return offset }
        return offset >= byteCount ? characterCount : Int(table[max(0, offset)])
    }

    /// The character offset just past the characters covering bytes before `offset`.
    func end(ofByte offset: Int) -> Int {
        guard let table else { return offset }
        if offset >= byteCount { return characterCount }
        if offset <= 0 { return 0 }
        let inside = table[offset] == table[offset - 1]
        return Int(table[offset]) + (inside ? 1 : 0)
    }
}
