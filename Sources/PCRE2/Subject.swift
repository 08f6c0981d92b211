/// A subject's bytes as PCRE2 sees them, valid for the duration of one matching operation.
struct Subject {
    /// The first byte (never null, even for an empty subject).
    let base: UnsafePointer<UInt8>
    /// The length in bytes.
    let count: Int
    /// Whether the bytes are known to be valid UTF-8, so UTF-mode matching may skip PCRE2's check.
    var isValidUTF8: Bool

    /// Calls `body` with a subject over `bytes` (substituting a one-byte buffer for a null base address).
    @inline(__always)
    static func with<T>(
        _ bytes: UnsafeBufferPointer<UInt8>,
        isValidUTF8: Bool,
        _ body: (inout Subject) throws(PCRE2Error) -> T
    ) throws(PCRE2Error) -> T {
        if let base = bytes.baseAddress {
            var subject = Subject(base: base, count: bytes.count, isValidUTF8: isValidUTF8)
            return try body(&subject)
        }
        var zero: UInt8 = 0
        return try withUnsafePointer(to: &zero) { (pointer) throws(PCRE2Error) -> T in
            var subject = Subject(base: pointer, count: 0, isValidUTF8: true)
            return try body(&subject)
        }
    }

    /// Calls `body` with the UTF-8 bytes of `text` without copying them when they are contiguous.
    ///
    /// A `String` is always valid UTF-8. A `Substring` is trusted only when both its ends fall on
    /// character boundaries (checked in constant time); otherwise PCRE2 validates it.
    @inline(__always)
    static func with<S: StringProtocol, T>(
        _ text: S,
        _ body: (inout Subject) throws(PCRE2Error) -> T
    ) throws(PCRE2Error) -> T {
        let result: Result<T, PCRE2Error>? = text.utf8.withContiguousStorageIfAvailable { bytes in
            Result { () throws(PCRE2Error) -> T in
                try with(bytes, isValidUTF8: isScalarAligned(bytes), body)
            }
        }
        if let result { return try result.get() }
        // Not contiguous (e.g. a bridged string): make a contiguous native copy once.
        var copy = String(text)
        let fallback: Result<T, PCRE2Error> = copy.withUTF8 { bytes in
            Result { () throws(PCRE2Error) -> T in
                try with(bytes, isValidUTF8: true, body)
            }
        }
        return try fallback.get()
    }

    /// Whether a slice of valid UTF-8 starts and ends on code point boundaries (and is therefore valid).
    @inline(__always)
    static func isScalarAligned(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first else { return true }
        if isContinuation(first) { return false }
        // Find the last lead byte and check its sequence ends exactly at the end.
        var lead = bytes.count - 1
        while lead > 0, bytes.count - lead < 4, isContinuation(bytes[lead]) { lead -= 1 }
        let byte = bytes[lead]
        let length: Int
        switch byte {
        case 0x00..<0x80: length = 1
        case 0xC0..<0xE0: length = 2
        case 0xE0..<0xF0: length = 3
        case 0xF0..<0xF8: length = 4
        default: return false
        }
        return lead + length == bytes.count
    }

    /// Whether `byte` is a UTF-8 continuation byte (`10xxxxxx`).
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }
}
