/// Writing to a file descriptor with the C library, without Foundation's `FileHandle` (which traps when
/// a write fails).
package enum FileDescriptor {
    /// Writes all of `bytes` to `descriptor`, again after an interrupted or short write; `0` when all were
    /// written, else the `errno` of the write that failed (`EIO` for a write that wrote nothing).
    package static func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
        var written = 0
        while written < bytes.count {
            let count = bytes[written...].withUnsafeBytes { write(descriptor, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            if count < 0 { return errno }
            if count == 0 { return EIO }
            written += count
        }
        return 0
    }

    /// What the C library says error `code` is ("No space left on device").
    package static func errorMessage(_ code: Int32 = errno) -> String {
        String(cString: strerror(code))
    }
}
