/// The last date part (`YYYY-MM-DD`) read and its day number, so that lines of the same day skip
/// the calendar arithmetic.
struct BatchDayCache {
    private var head: UInt64 = 0
    private var tail: UInt16 = 0
    private var cachedDays = Int.min

    @inline(__always)
    func days(_ p: UnsafePointer<UInt8>) -> Int? {
        guard cachedDays != Int.min else { return nil }
        let raw = UnsafeRawPointer(p)
        guard raw.loadUnaligned(as: UInt64.self) == head, raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self) == tail else { return nil }
        return cachedDays
    }

    @inline(__always)
    mutating func store(_ p: UnsafePointer<UInt8>, days: Int) {
        let raw = UnsafeRawPointer(p)
        head = raw.loadUnaligned(as: UInt64.self)
        tail = raw.loadUnaligned(fromByteOffset: 8, as: UInt16.self)
        cachedDays = days
    }
}
