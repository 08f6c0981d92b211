import LEDEngine
import LEDSupport

extension BatchRecordRenderer {
    /// The JSON of fix lists a shard has written, by what the lists hold.
    ///
    /// A batch diagnoses tens of thousands of episodes but meets a few hundred fix plans, and the
    /// diagnoser hands out each remembered plan's fix list as the same array (``SharedMemo``). An entry
    /// is found by a key folded from the fixes' probabilities and minutes and taken only when its list
    /// equals the one to write — at once when they share storage, field by field otherwise — so the
    /// same fixes always get the same JSON, and a list that differs (in a title, a step, …) never gets
    /// another's. A list seen for the first time is rendered and remembered; the cache starts afresh when full.
    struct FixListCache {
        private var entries: [UInt64: [(fixes: [PlannedFix], json: [UInt8])]] = [:]
        private var count = 0
        private let capacity: Int

        /// An empty cache for up to `capacity` fix lists.
        init(capacity: Int = 1024) {
            self.capacity = capacity
        }

        /// Writes `fixes` as the `"fixes"` member of the object `writer` is in.
        mutating func write(_ fixes: [PlannedFix], to writer: inout JSONWriter) {
            guard !fixes.isEmpty else {
                writer.beginArray("fixes")
                writer.endArray()
                return
            }
            let key = Self.key(fixes)
            if let known = entries[key]?.first(where: { $0.fixes == fixes }) {
                known.json.withUnsafeBufferPointer { writer.raw(bytes: $0, key: "fixes") }
                return
            }
            var list = JSONWriter(capacity: 1024)
            list.beginArray()
            Diagnosis.write(fixes, to: &list)
            list.endArray()
            let json = list.bytes
            if count >= capacity {
                entries.removeAll(keepingCapacity: true)
                count = 0
            }
            entries[key, default: []].append((fixes, json))
            count += 1
            json.withUnsafeBufferPointer { writer.raw(bytes: $0, key: "fixes") }
        }

        /// What finds a fix list's entries: its fixes' probabilities and minutes, folded into one word
        /// (no allocation, no string hashing; equality, not this key, decides which entry is used).
        private static func key(_ fixes: [PlannedFix]) -> UInt64 {
            var key = UInt64(fixes.count)
            for fix in fixes {
                key = (key ^ fix.probability.bitPattern) &* 0x9E37_79B9_7F4A_7C15
                key = (key ^ fix.minutes.bitPattern) &* 0x9E37_79B9_7F4A_7C15
            }
            return key
        }
    }
}
