/// The lower-case words the parser knows, interned to small integer ids so that a word of the input
/// is found by hashing its bytes — no `String` is made per word.
package struct WordTable: Sendable {
    /// Open-addressing slots holding word ids, -1 when empty.
    private var slots: [Int32]
    private var mask: Int
    /// The interned words' bytes, by id.
    package private(set) var words: [[UInt8]] = []
    /// Their hashes, by id.
    private var hashes: [UInt64] = []

    /// Creates an empty table sized for about `capacity` words.
    package init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    /// The number of words.
    package var count: Int { words.count }

    /// Calls `body` with the UTF-8 bytes of each space-separated word of `phrase`, in order: no
    /// `Character` walk and no `String` per word, for building vocabularies at start-up.
    package static func forEachWord(in phrase: String, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var phrase = phrase
        phrase.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                if end > start { body(UnsafeBufferPointer(rebasing: bytes[start..<end])) }
                start = end + 1
            }
        }
    }

    /// Whether the word's bytes (lower-cased) end in "'s" after at least one letter: "router's", "clip's".
    package static func isPossessive(_ word: [UInt8]) -> Bool {
        word.count > 2 && word[word.count - 1] == UInt8(ascii: "s") && word[word.count - 2] == UInt8(ascii: "'")
    }

    /// FNV-1a, 64 bits.
    package static func hash(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The id of `word` (lower case), adding it when new.
    @discardableResult
    package mutating func intern(_ word: String) -> Int32 {
        var word = word
        return word.withUTF8 { intern(bytes: $0) }
    }

    /// The id of the word whose lower-case UTF-8 bytes are `bytes`, adding it when new.
    @discardableResult
    package mutating func intern(bytes: some Collection<UInt8>) -> Int32 {
        let hash = Self.hash(bytes)
        if let id = id(of: bytes, hash: hash) { return id }
        if (words.count + 1) * 2 > slots.count { grow() }
        let id = Int32(words.count)
        words.append(Array(bytes))
        hashes.append(hash)
        insert(id, hash: hash)
        return id
    }

    /// The id of the word whose lower-case UTF-8 bytes are `bytes`, or nil.
    package func id(of bytes: some Collection<UInt8>) -> Int32? {
        id(of: bytes, hash: Self.hash(bytes))
    }

    /// The id of `word` (lower case), or nil.
    package func id(of word: String) -> Int32? {
        var word = word
        return word.withUTF8 { id(of: $0) }
    }

    /// The id of a word given as lower-case bytes and their ``hash(_:)``, or nil.
    package func id(of bytes: some Collection<UInt8>, hash: UInt64) -> Int32? {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while true {
            let id = slots[slot]
            if id < 0 { return nil }
            if hashes[Int(id)] == hash, words[Int(id)].elementsEqual(bytes) { return id }
            slot = (slot + 1) & mask
        }
    }

    private mutating func insert(_ id: Int32, hash: UInt64) {
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] >= 0 { slot = (slot + 1) & mask }
        slots[slot] = id
    }

    private mutating func grow() {
        slots = Array(repeating: -1, count: slots.count * 2)
        mask = slots.count - 1
        for (id, hash) in hashes.enumerated() { insert(Int32(id), hash: hash) }
    }
}
