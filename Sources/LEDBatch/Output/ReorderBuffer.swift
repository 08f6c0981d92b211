extension BatchDiagnoser {
    /// Puts records back in output order — by input, then by first line — as shards hand them over out
    /// of order. A record goes out once every shard's watermark is past its key (no shard can still
    /// produce an earlier one). Memory is bounded: past ``spillLimit`` bytes, everything waiting is written
    /// to a temporary file as one sorted run, and runs are merged back as the watermark advances — so a
    /// device that stays on for the whole input cannot make memory grow with the input.
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
            for record in records { push(record) }
            watermarks[shard] = max(watermarks[shard], watermark)
            try release(emit: emit)
            if liveBytes > spillLimit { try spillAll() }
        }

        /// Writes everything left, in order (the end of the run).
        func drain(emit: (PendingRecord) throws(BatchError) -> Void) throws(BatchError) {
            for index in watermarks.indices { watermarks[index] = .max }
            try release(emit: emit)
        }

        /// Writes the records whose keys are below every watermark (and the cap).
        private func release(emit: (PendingRecord) throws(BatchError) -> Void) throws(BatchError) {
            var limit = cap
            for mark in watermarks where mark < limit { limit = mark }
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
            if spill == nil { spill = try ReorderBuffer.SpillFile() }
            guard let spill else { return }
            let run = try spill.writeRun(heap)
            try run.advance()
            runs.append(run)
            spilledRuns += 1
            heap.removeAll()
            liveBytes = 0
        }

        // A binary min-heap on `key`.
        private func push(_ record: PendingRecord) {
            liveBytes += record.bytes.count + 64
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
            liveBytes -= top.bytes.count + 64
            return top
        }
    }
}
