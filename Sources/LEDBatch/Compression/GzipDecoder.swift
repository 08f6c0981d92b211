import CZlib

extension BatchDiagnoser {
    /// gzip through the system zlib: `inflate` with gzip headers, one member after another.
    ///
    /// The `z_stream` lives at a fixed address (zlib keeps a pointer back to it), allocated here and
    /// freed in `deinit`.
    final class GzipDecoder: StreamDecoder {
        private let stream: UnsafeMutablePointer<z_stream>
        private var memberEnded = false

        init() throws(DecodeFailure) {
            stream = .allocate(capacity: 1)
            stream.initialize(to: z_stream())
            let status = leddiag_inflate_init_gzip(stream)
            guard status == Z_OK else {
                stream.deallocate()
                throw DecodeFailure(reason: "zlib could not start (status \(status))")
            }
        }

        deinit {
            inflateEnd(stream)
            stream.deallocate()
        }

        var isAtBoundary: Bool { memberEnded }

        func decode(
            _ input: UnsafeRawBufferPointer, into output: UnsafeMutableRawBufferPointer
        ) throws(DecodeFailure) -> (consumed: Int, produced: Int) {
            guard let inputBase = input.baseAddress, let outputBase = output.baseAddress else { return (0, 0) }
            var consumed = 0
            var produced = 0
            while consumed < input.count, produced < output.count {
                if memberEnded {
                    // Another member follows (`cat a.gz b.gz`), or bytes that are not gzip at all.
                    guard input[consumed] == 0x1F else {
                        throw DecodeFailure(
                            reason: "the bytes after a gzip member are not gzip data", consumed: consumed,
                            produced: produced)
                    }
                    inflateReset(stream)
                    memberEnded = false
                }
                let offered = UInt32(min(input.count - consumed, Int(UInt32.max)))
                let room = UInt32(min(output.count - produced, Int(UInt32.max)))
                stream.pointee.next_in = UnsafeMutablePointer(
                    mutating: (inputBase + consumed).assumingMemoryBound(to: Bytef.self))
                stream.pointee.avail_in = offered
                stream.pointee.next_out = (outputBase + produced).assumingMemoryBound(to: Bytef.self)
                stream.pointee.avail_out = room
                let status = inflate(stream, Z_NO_FLUSH)
                let usedIn = Int(offered - stream.pointee.avail_in)
                let usedOut = Int(room - stream.pointee.avail_out)
                consumed += usedIn
                produced += usedOut
                stream.pointee.next_in = nil
                stream.pointee.next_out = nil
                switch status {
                case Z_OK:
                    continue
                case Z_STREAM_END:
                    memberEnded = true
                case Z_BUF_ERROR:
                    if usedIn == 0, usedOut == 0 { return (consumed, produced) }
                case Z_NEED_DICT:
                    throw DecodeFailure(
                        reason: "the member needs a preset dictionary", consumed: consumed, produced: produced)
                default:
                    let reason = stream.pointee.msg.map { String(cString: $0) } ?? "zlib status \(status)"
                    throw DecodeFailure(reason: reason, consumed: consumed, produced: produced)
                }
            }
            return (consumed, produced)
        }
    }
}
