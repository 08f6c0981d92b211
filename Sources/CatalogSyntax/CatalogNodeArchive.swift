/// A compact, fast-to-read text form of a ``CatalogNode`` tree, used to embed the built-in catalog.
///
/// Grammar (all numbers decimal, then `,` or `:`):
/// `S line,column,plain,byteCount:text` · `Q line,column,count:` then the items ·
/// `M line,column,count:` then key and value of each entry.
public enum CatalogNodeArchive {
    /// The archive text of a tree.
    public static func encode(_ node: CatalogNode) -> String {
        var out = ""
        encode(node, into: &out)
        return out
    }

    private static func encode(_ node: CatalogNode, into out: inout String) {
        switch node {
        case .scalar(let text, let plain, let mark):
            out += "S\(mark.line),\(mark.column),\(plain ? 1 : 0),\(text.utf8.count):"
            out += text
        case .sequence(let items, let mark):
            out += "Q\(mark.line),\(mark.column),\(items.count):"
            for item in items { encode(item, into: &out) }
        case .mapping(let pairs, let mark):
            out += "M\(mark.line),\(mark.column),\(pairs.count):"
            for pair in pairs {
                encode(pair.key, into: &out)
                encode(pair.value, into: &out)
            }
        }
    }

    /// The tree an archive holds, or `nil` if the archive is malformed.
    public static func decode(_ archive: String) -> CatalogNode? {
        var archive = archive
        return archive.withUTF8 { bytes in
            var reader = Reader(bytes: bytes)
            guard let node = reader.node(depth: 0), reader.offset == bytes.count else { return nil }
            return node
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var offset = 0

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The decimal number at `offset` (at most 12 digits) and its terminator, read past; nil otherwise.
        /// Wrapping arithmetic: a longer run of digits is refused after the loop, never trusted.
        mutating func number(until terminator: UInt8) -> Int? {
            let start = offset
            var value = 0
            while offset < bytes.count {
                let digit = bytes[offset] &- 0x30
                guard digit < 10 else { break }
                value = value &* 10 &+ Int(digit)
                offset += 1
            }
            guard offset > start, offset - start <= 12, offset < bytes.count, bytes[offset] == terminator else {
                return nil
            }
            offset += 1
            return value
        }

        mutating func node(depth: Int) -> CatalogNode? {
            guard depth < 256, offset < bytes.count else { return nil }
            let kind = bytes[offset]
            offset += 1
            guard let line = number(until: 0x2C), let column = number(until: 0x2C) else { return nil }
            let mark = CatalogMark(line: line, column: column)
            switch kind {
            case UInt8(ascii: "S"):
                guard let plain = number(until: 0x2C), let length = number(until: 0x3A), length <= bytes.count - offset
                else { return nil }
                let text = String(
                    decoding: UnsafeBufferPointer(rebasing: bytes[offset..<offset + length]), as: UTF8.self)
                offset += length
                return .scalar(text, plain: plain == 1, mark)
            case UInt8(ascii: "Q"):
                guard let count = number(until: 0x3A), count <= bytes.count else { return nil }
                var items: [CatalogNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count {
                    guard let item = node(depth: depth + 1) else { return nil }
                    items.append(item)
                }
                return .sequence(items, mark)
            case UInt8(ascii: "M"):
                guard let count = number(until: 0x3A), count <= bytes.count else { return nil }
                var pairs: [CatalogNodePair] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    guard let key = node(depth: depth + 1), let value = node(depth: depth + 1) else { return nil }
                    pairs.append(CatalogNodePair(key: key, value: value))
                }
                return .mapping(pairs, mark)
            default:
                return nil
            }
        }
    }
}
