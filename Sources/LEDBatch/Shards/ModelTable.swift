extension BatchDiagnoser.Shard {
    /// The model names one shard has met, as small ids, so that a device's lines compare bytes instead of
    /// building strings; each name is resolved once through the shared ``BatchDiagnoser.ModelResolver``.
    struct ModelTable {
        /// The names' bytes, each followed by 8 zero bytes (so that names compare a word at a time).
        private var bytes: [UInt8] = []
        /// Where each name starts in `bytes`, by id, and where the next one would start.
        private var starts: [Int] = [0]
        /// The length of each name, by id.
        private var counts: [Int] = []
        /// The catalog id of each name, or `nil` when unknown.
        private(set) var ids: [String?] = []
        private var index: [[UInt8]: Int32] = [:]

        /// The name of model `id`, as text.
        func name(_ id: Int32) -> String {
            String(decoding: bytes[starts[Int(id)]..<starts[Int(id)] + counts[Int(id)]], as: UTF8.self)
        }

        /// The id of the model named by `count` bytes at `p`, and whether it is new to this table.
        mutating func intern(
            _ p: UnsafePointer<UInt8>, count: Int, resolver: BatchDiagnoser.ModelResolver
        ) -> (id: Int32, isNew: Bool) {
            let name = Array(UnsafeBufferPointer(start: p, count: count))
            if let id = index[name] { return (id, false) }
            let id = Int32(ids.count)
            bytes.append(contentsOf: name)
            bytes.append(contentsOf: repeatElement(0, count: 8))
            starts.append(bytes.count)
            counts.append(count)
            ids.append(resolver.id(for: String(decoding: name, as: UTF8.self)))
            index[name] = id
            return (id, true)
        }

        /// Whether model `id` is named by the `count` bytes at `p` (checked on every line that names a
        /// model: flat storage, so no array of the name is retained for it). `p` must be followed by at
        /// least 8 readable bytes (chunk buffers' padding): names compare a word at a time.
        @inline(__always)
        func matches(_ id: Int32, _ p: UnsafePointer<UInt8>, count: Int) -> Bool {
            guard counts[Int(id)] == count else { return false }
            let start = starts[Int(id)]
            return bytes.withUnsafeBufferPointer { buffer in
                guard let base = buffer.baseAddress else { return count == 0 }
                return BatchDiagnoser.Shard.DeviceTable.equal(base + start, p, count: count)
            }
        }
    }
}
