extension BatchDiagnoser.Shard {
    /// The model names one shard has met, as small ids, so that a device's lines compare bytes instead of
    /// building strings; each name is resolved once through the shared ``BatchDiagnoser.ModelResolver``.
    /// Names are interned in a ``DeviceTable`` (their bytes in one arena, an open-addressing index), so a
    /// name costs its bytes and a few words — no array or string per name — however many distinct names
    /// a log writes.
    struct ModelTable: ~Copyable {
        private var names = BatchDiagnoser.Shard.DeviceTable()
        /// The catalog id of each name, or `nil` when unknown.
        private(set) var ids: [String?] = []

        /// The name of model `id`, as text.
        func name(_ id: Int32) -> String {
            String(decoding: names.name(Int(id)), as: UTF8.self)
        }

        /// The id of the model named by `count` bytes at `p`, and whether it is new to this table. `p` must
        /// be followed by at least 8 readable bytes (chunk buffers' padding).
        mutating func intern(
            _ p: UnsafePointer<UInt8>, count: Int, resolver: BatchDiagnoser.ModelResolver
        ) -> (id: Int32, isNew: Bool) {
            let (id, isNew) = names.intern(p, count: count, hash: BatchDiagnoser.NameHash.hash(p, count: count))
            if isNew { ids.append(resolver.id(for: String(decoding: names.name(id), as: UTF8.self))) }
            return (Int32(id), isNew)
        }

        /// Whether model `id` is named by the `count` bytes at `p` (checked on every line that names a
        /// model). `p` must be followed by at least 8 readable bytes (chunk buffers' padding).
        @inline(__always)
        func matches(_ id: Int32, _ p: UnsafePointer<UInt8>, count: Int) -> Bool {
            names.matches(Int(id), p, count: count)
        }
    }
}
