extension BatchDiagnoser {
    /// Memory for plain values (bytes, ``Line``s) that the batch's hot loops reach through pointers:
    /// the one place in the batch that allocates such memory, and the only owner of it.
    ///
    /// The elements live in a `ManagedBuffer`, which frees them when the storage goes away; the
    /// storage is `~Copyable`, so there is exactly one owner and nothing can free memory another
    /// value still uses. Appending is a capacity check, a store and an increment — no copy-on-write
    /// uniqueness check, which an `Array` pays on every append (millions per run).
    ///
    /// Every buffer has ``padding`` zeroed bytes' worth of slack after its capacity, so that word-at-a-time
    /// reads past the last element (the readers' SWAR scans, name comparisons) stay inside it.
    /// ``base`` is valid until the storage grows or goes away; callers never keep it longer.
    struct Storage<Element: BitwiseCopyable>: ~Copyable {
        /// Bytes of readable slack after the last element.
        static var padding: Int { 64 }

        private var buffer: ManagedBuffer<Void, Element>
        /// The first element.
        private(set) var base: UnsafeMutablePointer<Element>
        /// How many elements fit before the storage grows.
        private(set) var capacity: Int
        /// How many elements it holds.
        private(set) var count = 0

        /// Empty storage with room for `capacity` elements; its padding is zeroed, and so is the rest when
        /// `zeroed` (otherwise the memory past ``count`` is undefined until written; pages never written cost nothing).
        init(capacity: Int, zeroed: Bool = false) {
            let capacity = Swift.max(1, capacity)
            (buffer, base) = Self.allocate(capacity, zeroed: zeroed)
            self.capacity = capacity
        }

        /// The elements, valid until the storage is next changed.
        var elements: UnsafeBufferPointer<Element> { UnsafeBufferPointer(start: base, count: count) }

        /// Appends `element`.
        @inline(__always)
        mutating func append(_ element: Element) {
            if count == capacity { reserve(capacity * 2) }
            (base + count).initialize(to: element)
            count += 1
        }

        /// Appends the `count` elements at `source`.
        mutating func append(_ source: UnsafePointer<Element>, count: Int) {
            if self.count + count > capacity { reserve(Swift.max(capacity * 2, self.count + count)) }
            (base + self.count).update(from: source, count: count)
            self.count += count
        }

        /// Sets how many elements are in use (`0 ... capacity`), for memory filled through ``base``.
        mutating func setCount(_ count: Int) {
            precondition(count >= 0 && count <= capacity, "Storage count out of range")
            self.count = count
        }

        /// Forgets every element, keeping the memory. (Elements are plain values: nothing to deinitialize.)
        mutating func removeAll() {
            count = 0
        }

        /// Makes room for at least `capacity` elements, keeping the ones held.
        mutating func reserve(_ capacity: Int) {
            guard capacity > self.capacity else { return }
            let (grown, start) = Self.allocate(capacity, zeroed: false)
            start.update(from: base, count: count)
            buffer = grown
            base = start
            self.capacity = capacity
        }

        private static func allocate(
            _ capacity: Int, zeroed: Bool
        ) -> (ManagedBuffer<Void, Element>, UnsafeMutablePointer<Element>) {
            let stride = MemoryLayout<Element>.stride
            let slack = (padding + stride - 1) / stride
            let buffer = ManagedBuffer<Void, Element>.create(minimumCapacity: capacity + slack) { _ in }
            // The buffer keeps the elements' memory alive as long as the storage holds it.
            let base = buffer.withUnsafeMutablePointerToElements { $0 }
            let zeroFrom = zeroed ? 0 : capacity
            UnsafeMutableRawPointer(base + zeroFrom).initializeMemory(
                as: UInt8.self, repeating: 0, count: (capacity + slack - zeroFrom) * stride)
            return (buffer, base)
        }
    }
}
