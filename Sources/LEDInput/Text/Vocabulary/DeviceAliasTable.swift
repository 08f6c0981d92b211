import LEDVocabulary

/// Names people type for device models, each mapped to a catalog device id.
///
/// Lookup ignores case, spaces, hyphens and other punctuation (`"outdoor4"`, `"Outdoor-4"` and
/// `"OUTDOOR 4"` are the same alias) and reads `+` as `plus` (`"Mini 2K+"` = `"mini 2k plus"`).
/// In running text the longest alias wins, so "Mini 2" is `mini-2` even when "Mini" is an alias too.
/// Every device id is also an alias of itself.
public struct DeviceAliasTable: Sendable {
    /// Trie edges over normalized alias bytes: key `node << 8 | byte`, value the child node.
    private var edges = EdgeTable()
    /// For each trie node, the index into `devices` of the alias ending there, or -1.
    private var terminal: [Int32] = [-1]
    /// The device ids, indexed by `terminal`.
    private var devices: [String] = []

    /// Creates a table from alias → device id pairs (aliases in any case and spacing).
    public init(_ aliases: [String: String] = [:]) {
        var pairs = aliases.map { (Self.normalizedKey($0.key), $0.value) }
        pairs += Set(aliases.values).map { (Self.normalizedKey($0), $0) }
        // Sorted so that a key claimed by two devices resolves the same way every run.
        pairs.sort { $0.0 != $1.0 ? $0.0.lexicographicallyPrecedes($1.0) : $0.1 < $1.1 }
        var deviceIndex: [String: Int32] = [:]
        for (key, device) in pairs where !key.isEmpty {
            var node: Int32 = 0
            for byte in key {
                let edgeKey = UInt64(node) << 8 | UInt64(byte)
                if let next = edges[edgeKey] {
                    node = next
                } else {
                    let next = Int32(terminal.count)
                    terminal.append(-1)
                    edges.insert(next, for: edgeKey)
                    node = next
                }
            }
            guard terminal[Int(node)] < 0 else { continue }
            let index: Int32
            if let known = deviceIndex[device] {
                index = known
            } else {
                index = Int32(devices.count)
                devices.append(device)
                deviceIndex[device] = index
            }
            terminal[Int(node)] = index
        }
    }

    /// Whether the table knows no alias at all.
    public var isEmpty: Bool { devices.isEmpty }

    /// The device id a whole name stands for (`"Outdoor 4"` → `outdoor-4`), or nil.
    public func device(named name: String) -> String? {
        var node: Int32 = 0
        for byte in Self.normalizedKey(name) {
            guard let next = child(of: node, byte: byte) else { return nil }
            node = next
        }
        return device(at: node)
    }

    /// The trie node reached from `node` by `byte`.
    func child(of node: Int32, byte: UInt8) -> Int32? {
        edges[UInt64(node) << 8 | UInt64(byte)]
    }

    /// The device whose alias ends at `node`.
    func device(at node: Int32) -> String? {
        let index = terminal[Int(node)]
        return index >= 0 ? devices[Int(index)] : nil
    }

    /// The bytes an alias is compared by: lower-case letters and digits; `+` as `plus`; the rest dropped.
    static func normalizedKey(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for byte in text.utf8 {
            if let normal = normalizedByte(byte) {
                out.append(normal)
            } else if byte == UInt8(ascii: "+") {
                out += "plus".utf8
            }
        }
        return out
    }

    /// A letter (lower-cased) or digit as it takes part in an alias key; nil for anything else.
    static func normalizedByte(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): return byte
        case UInt8(ascii: "A")...UInt8(ascii: "Z"): return byte | 0x20
        default: return nil
        }
    }
}
