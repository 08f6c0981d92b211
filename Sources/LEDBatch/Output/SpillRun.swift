extension BatchDiagnoser.ReorderBuffer {
    /// One sorted run in the spill file, read back a block at a time.
    final class SpillRun {
        private let file: BatchDiagnoser.ReorderBuffer.SpillFile
        private var offset: Int
        private let end: Int
        private var block: [UInt8] = []
        private var blockStart = 0
        /// The next record of the run, or `nil` when it is used up.
        private(set) var head: BatchDiagnoser.PendingRecord?

        init(file: BatchDiagnoser.ReorderBuffer.SpillFile, start: Int, end: Int) {
            self.file = file
            self.offset = start
            self.end = end
        }

        /// Loads the next record into ``head``.
        func advance() throws(BatchError) {
            head = nil
            guard offset < end else { return }
            let headerSize = 13
            let header = try bytes(offset, headerSize)
            var key: UInt64 = 0
            var count: UInt32 = 0
            withUnsafeMutableBytes(of: &key) { $0.copyBytes(from: header[0..<8]) }
            withUnsafeMutableBytes(of: &count) { $0.copyBytes(from: header[8..<12]) }
            let isError = header[12] != 0
            let text = try bytes(offset + headerSize, Int(UInt32(littleEndian: count)))
            offset += headerSize + Int(UInt32(littleEndian: count))
            head = BatchDiagnoser.PendingRecord(
                key: BatchDiagnoser.RecordKey(packed: UInt64(littleEndian: key)), bytes: text, isError: isError)
        }

        /// `count` bytes of the run at file offset `at`, through a 256 KiB block.
        private func bytes(_ at: Int, _ count: Int) throws(BatchError) -> [UInt8] {
            if at >= blockStart, at + count <= blockStart + block.count {
                return Array(block[(at - blockStart)..<(at - blockStart + count)])
            }
            let size = min(max(count, 256 * 1024), end - at)
            var fresh = [UInt8](repeating: 0, count: size)
            let result: Result<Int, BatchError> = fresh.withUnsafeMutableBytes { raw in
                do throws(BatchError) {
                    return .success(try file.read(into: raw, at: at))
                } catch {
                    return .failure(error)
                }
            }
            let got = try result.get()
            guard got >= count else { throw BatchError.io("the temporary file is shorter than written") }
            block = fresh
            blockStart = at
            return Array(block[0..<count])
        }
    }
}
