import LEDEngine
import LEDSupport

extension BatchRecordRenderer {
    /// The JSON of fix lists a shard has written, by the identity of their array's storage.
    ///
    /// A batch diagnoses tens of thousands of episodes but meets a few hundred fix plans, and the
    /// diagnoser hands out each remembered plan's fix list as the same array storage (``SharedMemo``).
    /// An entry keeps its array alive, so the storage cannot be freed and its address reused for other
    /// fixes while the entry exists; and shared array storage is never changed in place (a change copies
    /// it first). The same address therefore means the same fixes, and the same JSON. A list seen for the
    /// first time is rendered and remembered; the cache starts afresh when full.
    struct FixListCache {
        private var entries: [UnsafeRawPointer: (fixes: [PlannedFix], json: [UInt8])] = [:]
        private let capacity: Int

        /// An empty cache for up to `capacity` fix lists.
        init(capacity: Int = 1024) {
            self.capacity = capacity
        }

        /// Writes `fixes` as the `"fixes"` member of the object `writer` is in.
        mutating func write(_ fixes: [PlannedFix], to writer: inout JSONWriter) {
            guard !fixes.isEmpty, let identity = fixes.withUnsafeBufferPointer({ $0.baseAddress.map(UnsafeRawPointer.init) }) else {
                writer.beginArray("fixes")
                writer.endArray()
                return
            }
            if let known = entries[identity] {
                known.json.withUnsafeBufferPointer { writer.raw(bytes: $0, key: "fixes") }
                return
            }
            var list = JSONWriter(capacity: 1024)
            list.beginArray()
            Diagnosis.write(fixes, to: &list)
            list.endArray()
            let json = list.bytes
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[identity] = (fixes, json)
            json.withUnsafeBufferPointer { writer.raw(bytes: $0, key: "fixes") }
        }
    }
}
