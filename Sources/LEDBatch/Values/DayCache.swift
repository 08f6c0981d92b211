extension BatchTimestamp {
    /// The last date part (`YYYY-MM-DD`) read and its day number, and the last date-and-minute part
    /// (`YYYY-MM-DDTHH:MM`) and its seconds, so that lines of the same day skip the calendar arithmetic
    /// and lines of the same minute skip the date and time fields altogether (a compare of two words).
    struct DayCache {
        private var day = LastKey<UInt16>()
        private var minute = LastKey<UInt64>()

        /// The day number of the 10 bytes at `p` (`YYYY-MM-DD`), when they are those of the last day stored.
        @inline(__always)
        func days(_ p: UnsafePointer<UInt8>) -> Int? { day.value(p) }

        /// Remembers that the valid 10 bytes at `p` stand for day number `days`.
        @inline(__always)
        mutating func store(_ p: UnsafePointer<UInt8>, days: Int) { day.store(p, value: days) }

        /// The seconds since 1970 at the start of the minute of the 16 bytes at `p`
        /// (`YYYY-MM-DDTHH:MM`, already validated once), when they are those of the last minute stored.
        @inline(__always)
        func minute(_ p: UnsafePointer<UInt8>) -> Int? { minute.value(p) }

        /// Remembers that the valid 16 bytes at `p` stand for the minute starting at `seconds`.
        @inline(__always)
        mutating func store(_ p: UnsafePointer<UInt8>, minute seconds: Int) { minute.store(p, value: seconds) }
    }

    /// One remembered key of `8 + Tail.bitWidth / 8` bytes (a word and a tail, compared as two loads)
    /// and the value it stood for: the one cache behind both the day and the minute of ``DayCache``.
    struct LastKey<Tail: FixedWidthInteger & BitwiseCopyable> {
        private var head: UInt64 = 0
        private var tail: Tail = 0
        private var cached = Int.min

        /// The value stored for the key at `p`, when the bytes there are the last key stored.
        @inline(__always)
        func value(_ p: UnsafePointer<UInt8>) -> Int? {
            guard cached != Int.min else { return nil }
            let raw = UnsafeRawPointer(p)
            guard raw.loadUnaligned(as: UInt64.self) == head,
                raw.loadUnaligned(fromByteOffset: 8, as: Tail.self) == tail
            else { return nil }
            return cached
        }

        /// Remembers that the key at `p` stands for `value`.
        @inline(__always)
        mutating func store(_ p: UnsafePointer<UInt8>, value: Int) {
            let raw = UnsafeRawPointer(p)
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: 8, as: Tail.self)
            cached = value
        }
    }
}
