/// The growing byte buffer behind ``JSONWriter``: appends without the per-call checks of an array.
/// The writer copies it before changing it when it is shared (copy on write), as `Array` does.
///
/// `@unchecked Sendable` is sound for the reason `Array`'s storage is: the buffer is only ever
/// changed through a ``JSONWriter`` that holds the one reference to it (`JSONWriter.makeUnique`, which
/// every writing method calls first, copies a shared buffer), and a buffer two writers share — the
/// only kind another thread can see — is only read. The type is internal to `LEDSupport`.
final class JSONByteBuffer: @unchecked Sendable {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    private var capacity: Int

    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    deinit {
        base.deallocate()
    }

    /// A copy with the same bytes.
    func copy() -> JSONByteBuffer {
        let copy = JSONByteBuffer(capacity: capacity)
        copy.base.update(from: base, count: count)
        copy.count = count
        return copy
    }

    /// The bytes written, as an array.
    var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Makes room for `extra` more bytes.
    @inline(__always)
    func reserve(_ extra: Int) {
        if count + extra > capacity { grow(to: count + extra) }
    }

    private func grow(to needed: Int) {
        var newCapacity = capacity * 2
        while newCapacity < needed { newCapacity *= 2 }
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.update(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// Appends one byte.
    @inline(__always)
    func append(_ byte: UInt8) {
        reserve(1)
        base[count] = byte
        count += 1
    }

    /// Appends two bytes.
    @inline(__always)
    func append(_ first: UInt8, _ second: UInt8) {
        reserve(2)
        base[count] = first
        base[count + 1] = second
        count += 2
    }

    /// Appends the first `length` (at most 8) bytes of `word`, as laid out in memory, with one store.
    @inline(__always)
    func append(word: UInt64, count length: Int) {
        reserve(8)
        UnsafeMutableRawPointer(base + count).storeBytes(of: word, as: UInt64.self)
        count += length
    }

    /// Appends `length` bytes from `source`. Up to 16 bytes are moved with one or two (overlapping)
    /// word loads and stores instead of a call to `memcpy`.
    @inline(__always)
    func append(_ source: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        if length < 8 {
            append(word: Self.word(source, count: length), count: length)
            return
        }
        reserve(max(length, 16))
        let target = UnsafeMutableRawPointer(base + count)
        if length <= 16 {
            let raw = UnsafeRawPointer(source)
            target.storeBytes(of: raw.loadUnaligned(as: UInt64.self), as: UInt64.self)
            (target + length - 8).storeBytes(of: (raw + length - 8).loadUnaligned(as: UInt64.self), as: UInt64.self)
        } else {
            target.copyMemory(from: source, byteCount: length)
        }
        count += length
    }

    /// The `length` (< 8) bytes at `source` as a word laid out as in memory, zero after them — read
    /// with at most two overlapping loads that stay within the bytes.
    @inline(__always)
    static func word(_ source: UnsafePointer<UInt8>, count length: Int) -> UInt64 {
        let raw = UnsafeRawPointer(source)
        let value: UInt64  // little-endian: byte i in bits 8i..<8i+8
        switch length {
        case 4..<8:
            let low = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
            let high = UInt64(UInt32(littleEndian: (raw + length - 4).loadUnaligned(as: UInt32.self)))
            value = low | high &<< UInt64((length - 4) * 8)
        case 2..<4:
            let low = UInt64(UInt16(littleEndian: raw.loadUnaligned(as: UInt16.self)))
            let high = UInt64(UInt16(littleEndian: (raw + length - 2).loadUnaligned(as: UInt16.self)))
            value = low | high &<< UInt64((length - 2) * 8)
        case 1:
            value = UInt64(source[0])
        default:
            value = 0
        }
        return UInt64(littleEndian: value)
    }
}
