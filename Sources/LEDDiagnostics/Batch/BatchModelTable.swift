/// The model names one shard has met, as small ids, so that a device's lines compare bytes instead of
/// building strings; each name is resolved once through the shared ``BatchModelResolver``.
struct BatchModelTable {
    /// The names' bytes, by id.
    private(set) var names: [[UInt8]] = []
    /// The catalog id of each name, or `nil` when unknown.
    private(set) var ids: [String?] = []
    private var index: [[UInt8]: Int32] = [:]

    /// The id of the model named by `count` bytes at `p`, and whether it is new to this table.
    mutating func intern(_ p: UnsafePointer<UInt8>, count: Int, resolver: BatchModelResolver) -> (id: Int32, isNew: Bool) {
        let bytes = Array(UnsafeBufferPointer(start: p, count: count))
        if let id = index[bytes] { return (id, false) }
        let id = Int32(names.count)
        names.append(bytes)
        ids.append(resolver.id(for: String(decoding: bytes, as: UTF8.self)))
        index[bytes] = id
        return (id, true)
    }

    /// Whether model `id` is named by the `count` bytes at `p`.
    @inline(__always)
    func matches(_ id: Int32, _ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        let name = names[Int(id)]
        guard name.count == count else { return false }
        return name.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return count == 0 }
            for i in 0..<count where base[i] != p[i] { return false }
            return true
        }
    }
}
