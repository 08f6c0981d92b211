extension BatchDiagnoser {
    /// Puts records back in output order — by input, then by first line — as shards hand them over out
    /// of order. A record goes out once every shard's watermark is past its key (no shard can still
    /// produce an earlier one). Memory is bounded in bytes: the records held never cost more than
    /// ``spillLimit`` (``heldBytes``, a record's bytes plus 64 for its bookkeeping). Before a record would
    /// cross it, what may go out goes out; if that is not enough, everything waiting is written to a
    /// temporary file as one sorted run (a record larger than the limit alone is a run of its own), and runs
    /// are merged back as the watermark advances — so neither a device that stays on for the whole input
    /// nor shards far apart (many jobs) make memory grow.
    ///
    /// Used under the pipeline's output lock only.
    final class ReorderBuffer {
        /// Bytes of waiting records kept in memory before they are spilled.
        let spillLimit: Int
        /// Records at or past this key are never written (``BatchOptions/strict`` stops there).
        var cap = RecordKey.max

        private var heap: [PendingRecord] = []
        private var watermarks: [RecordKey]
        private var liveBytes = 0
        /// The bytes of the records held in memory now (at most ``spillLimit``).
        var heldBytes: Int { liveBytes }
        /// The most bytes held at any moment of the run (for tests).
        private(set) var peakHeldBytes = 0
        private var spill: ReorderBuffer.SpillFile?
        private var runs: [ReorderBuffer.SpillRun] = []
        /// How many runs were spilled over the whole run (for tests and the curious).
        private(set) var spilledRuns = 0

        /// A buffer for `shards` shards.
        init(shards: Int, spillLimit: Int) {
            self.spillLimit = spillLimit
            watermarks = Array(repeating: .min, count: shards)
        }

        /// Takes `records` from `shard`, whose watermark is now `watermark`, and writes every record whose turn
        /// has come.
        func add(
            _ records: [PendingRecord], shard: Int, watermark: RecordKey,
            emit: (PendingRecord) throws(BatchError) -> Void
        ) throws(BatchError) {
            if runs.isEmpty, Self.isSorted(records) {
                try addSorted(records, shard: shard, watermark: watermark, emit: emit)
                return
            }
            // The shard's old watermark still holds for the records not pushed yet: releasing under it is safe.
            try push(records[...], emit: emit)
            watermarks[shard] = max(watermarks[shard], watermark)
            try release(emit: emit)
        }

        /// ``add(_:shard:watermark:emit:)`` for records in key order (a shard's typed lines, episodes that
        /// close in the order they began) when nothing is spilled: those whose turn has come under the new
        /// watermark go out merged with the heap's minimum, without entering the heap; the rest wait.
        private func addSorted(
            _ records: [PendingRecord], shard: Int, watermark: RecordKey,
            emit: (PendingRecord) throws(BatchError) -> Void
        ) throws(BatchError) {
            watermarks[shard] = max(watermarks[shard], watermark)
            let limit = limit
            var next = 0
            while next < records.count, records[next].key < limit {
                while let top = heap.first, top.key < records[next].key { try emit(pop()) }
                try emit(records[next])
                next += 1
            }
            try push(records[next...], emit: emit)
            try release(emit: emit)
        }

        /// Whether `records` are in key order.
        private static func isSorted(_ records: [PendingRecord]) -> Bool {
            var previous = RecordKey.min
            for record in records {
                guard previous < record.key else { return false }
                previous = record.key
            }
            return true
        }

        /// The key below which records may go out: the lowest watermark, or the cap.
        private var limit: RecordKey {
            var limit = cap
            for mark in watermarks where mark < limit { limit = mark }
            return limit
        }

        /// Pushes `records`, making room first — by releasing, then by spilling — when one would cross the limit.
        private func push(
            _ records: ArraySlice<PendingRecord>, emit: (PendingRecord) throws(BatchError) -> Void
        ) throws(BatchError) {
            for record in records {
                let cost = Self.cost(record)
                if liveBytes + cost > spillLimit { try release(emit: emit) }
                if liveBytes + cost > spillLimit { try spillAll() }
                if cost > spillLimit {
                    try spillRun([record])
                } else {
                    push(record)
                }
            }
        }

        /// What a waiting record costs: its bytes and its bookkeeping.
        private static func cost(_ record: PendingRecord) -> Int {
            record.bytes.count + 64
        }

        /// Writes everything left, in order (the end of the run).
        func drain(emit: (PendingRecord) throws(BatchError) -> Void) throws(BatchError) {
            for index in watermarks.indices { watermarks[index] = .max }
            try release(emit: emit)
        }

        /// Writes the records whose keys are below every watermark (and the cap).
        private func release(emit: (PendingRecord) throws(BatchError) -> Void) throws(BatchError) {
            let limit = limit
            while true {
                var best = heap.first?.key ?? RecordKey.max
                var bestRun = -1
                for (index, run) in runs.enumerated() {
                    if let key = run.head?.key, key < best {
                        best = key
                        bestRun = index
                    }
                }
                guard best < limit else { return }
                if bestRun >= 0 {
                    let run = runs[bestRun]
                    guard let record = run.head else { return }
                    try run.advance()
                    if run.head == nil {
                        runs.remove(at: bestRun)
                        if runs.isEmpty { spill?.reset() }
                    }
                    try emit(record)
                } else {
                    try emit(pop())
                }
            }
        }

        private func spillAll() throws(BatchError) {
            guard !heap.isEmpty else { return }
            heap.sort { $0.key < $1.key }
            try spillRun(heap)
            heap.removeAll()
            liveBytes = 0
        }

        /// Writes `records` (sorted) to the spill file as one run.
        private func spillRun(_ records: [PendingRecord]) throws(BatchError) {
            if spill == nil { spill = try ReorderBuffer.SpillFile() }
            guard let spill else { return }
            let run = try spill.writeRun(records)
            try run.advance()
            runs.append(run)
            spilledRuns += 1
        }

        // A binary min-heap on `key`.
        private func push(_ record: PendingRecord) {
            liveBytes += Self.cost(record)
            peakHeldBytes = max(peakHeldBytes, liveBytes)
            heap.append(record)
            var child = heap.count - 1
            while child > 0 {
                let parent = (child - 1) / 2
                guard heap[child].key < heap[parent].key else { break }
                heap.swapAt(child, parent)
                child = parent
            }
        }

        private func pop() -> PendingRecord {
            let top = heap[0]
            let last = heap.removeLast()
            if !heap.isEmpty {
                heap[0] = last
                var parent = 0
                while true {
                    let left = 2 * parent + 1
                    guard left < heap.count else { break }
                    var child = left
                    if left + 1 < heap.count, heap[left + 1].key < heap[left].key { child = left + 1 }
                    guard heap[child].key < heap[parent].key else { break }
                    heap.swapAt(child, parent)
                    parent = child
                }
            }
            liveBytes -= Self.cost(top)
            return top
        }
    }
}
