extension Lexicon {
    /// A context phrase as the text reader matches it: lower case, hyphens and runs of spaces as one
    /// space, curly apostrophes straight; nil when it has anything but letters and apostrophes.
    package static func contextPhrase(_ text: String) -> String? {
        // Catalog phrases are ASCII but for the odd curly apostrophe: bytes, not Characters, for those.
        var text = text
        let ascii: String?? = text.withUTF8 { bytes in
            bytes.allSatisfy { $0 < 0x80 } ? .some(asciiContextPhrase(bytes)) : .none
        }
        if let ascii { return ascii }
        var words: [String] = []
        var word = ""
        for character in text.lowercased() {
            if character == " " || character == "-" {
                if !word.isEmpty { words.append(word) }
                word = ""
            } else if character == "'" || character == "\u{2019}" {
                word.append("'")
            } else if character.isLetter {
                word.append(character)
            } else {
                return nil
            }
        }
        if !word.isEmpty { words.append(word) }
        return words.isEmpty ? nil : words.joined(separator: " ")
    }

    /// ``contextPhrase(_:)`` for ASCII text, byte by byte, written straight into the result: the same result.
    private static func asciiContextPhrase(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var valid = true
        let phrase = String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            for byte in bytes {
                switch byte {
                case UInt8(ascii: " "), UInt8(ascii: "-"):
                    if count > 0, out[count - 1] != UInt8(ascii: " ") {
                        out[count] = UInt8(ascii: " ")
                        count += 1
                    }
                case UInt8(ascii: "'"), UInt8(ascii: "a")...UInt8(ascii: "z"):
                    out[count] = byte
                    count += 1
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    out[count] = byte + 32
                    count += 1
                default:
                    valid = false
                    return 0
                }
            }
            if count > 0, out[count - 1] == UInt8(ascii: " ") { count -= 1 }
            return count
        }
        return valid && !phrase.isEmpty ? phrase : nil
    }
}
