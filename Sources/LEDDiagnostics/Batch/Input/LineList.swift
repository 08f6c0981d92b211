extension BatchDiagnoser.Chunk {
    /// A chunk's usable lines for one shard, in a buffer managed by hand: appending is a capacity check,
    /// a store and an increment — no copy-on-write uniqueness check, which an `[BatchDiagnoser.Line]` pays on every
    /// append (millions per run). Copies of the value share the buffer; its owner (``BatchDiagnoser.Chunk``) frees
    /// it once with ``deallocate()``, and nothing else keeps a copy past that.
    struct LineList: RandomAccessCollection {
        private var base: UnsafeMutablePointer<BatchDiagnoser.Line>
        private var capacity: Int
        /// The number of lines.
        private(set) var count = 0

        /// An empty list with room for `capacity` lines before it grows.
        init(capacity: Int = 1024) {
            self.capacity = Swift.max(16, capacity)
            base = .allocate(capacity: self.capacity)
        }

        var startIndex: Int { 0 }
        var endIndex: Int { count }

        /// The line at `index` (`0 ..< count`).
        subscript(index: Int) -> BatchDiagnoser.Line {
            precondition(index >= 0 && index < count, "BatchDiagnoser.Chunk.LineList index out of range")
            return base[index]
        }

        /// The lines as a buffer, valid until the list is next changed.
        var lines: UnsafeBufferPointer<BatchDiagnoser.Line> { UnsafeBufferPointer(start: base, count: count) }

        /// Appends `line`.
        @inline(__always)
        mutating func append(_ line: BatchDiagnoser.Line) {
            if count == capacity { grow() }
            (base + count).initialize(to: line)
            count += 1
        }

        /// Forgets every line, keeping the buffer. (`BatchDiagnoser.Line` holds no references: nothing to deinitialize.)
        mutating func removeAll() {
            count = 0
        }

        /// Frees the buffer; call once, from the owner.
        func deallocate() {
            base.deallocate()
        }

        private mutating func grow() {
            let bigger = capacity * 2
            let grown = UnsafeMutablePointer<BatchDiagnoser.Line>.allocate(capacity: bigger)
            grown.moveInitialize(from: base, count: count)
            base.deallocate()
            base = grown
            capacity = bigger
        }
    }
}
