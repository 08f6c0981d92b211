extension BatchTimestamp {
    /// The last date part (`YYYY-MM-DD`) read and its day number, and the last date-and-minute part
    /// (`YYYY-MM-DDTHH:MM`) and its seconds, so that lines of the same day skip the calendar arithmetic
    /// and lines of the same minute skip the date and time fields altogether (a compare of two words).
    struct DayCache {
        private var head: UInt64 = 0
        private var tail: UInt16 = 0
        private var cachedDays = Int.min
        private var minuteHead: UInt64 = 0
        private var minuteTail: UInt64 = 0
        private var cachedMinute = Int.min

        @inline(__always)
        func days(_ p: UnsafePointer<UInt8>) -> Int? {
            guard cachedDays != Int.min else { return nil }
            let raw = UnsafeRawPointer(p)
            guard raw.loadUnaligned(as: UInt64.self) == head,
                raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == tail
            else { return nil }
            return cachedDays
        }

        @inline(__always)
        mutating func store(_ p: UnsafePointer<UInt8>, days: Int) {
            let raw = UnsafeRawPointer(p)
            head = raw.loadUnaligned(as: UInt64.self)
            tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
            cachedDays = days
        }

        /// The seconds since 1970 at the start of the minute of the 16 bytes at `p`
        /// (`YYYY-MM-DDTHH:MM`, already validated once), when they are those of the last minute stored.
        @inline(__always)
        func minute(_ p: UnsafePointer<UInt8>) -> Int? {
            guard cachedMinute != Int.min else { return nil }
            let raw = UnsafeRawPointer(p)
            guard raw.loadUnaligned(as: UInt64.self) == minuteHead,
                raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self) == minuteTail
            else { return nil }
            return cachedMinute
        }

        /// Remembers that the valid 16 bytes at `p` stand for the minute starting at `seconds`.
        @inline(__always)
        mutating func store(_ p: UnsafePointer<UInt8>, minute seconds: Int) {
            let raw = UnsafeRawPointer(p)
            minuteHead = raw.loadUnaligned(as: UInt64.self)
            minuteTail = raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self)
            cachedMinute = seconds
        }
    }
}
