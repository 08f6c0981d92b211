/// The model names one shard has met, as small ids, so that a device's lines compare bytes instead of
/// building strings; each name is resolved once through the shared ``BatchModelResolver``.
struct BatchModelTable {
    /// The names' bytes, one after the other (``range(_:)`` says where each is).
    private var bytes: [UInt8] = []
    /// Where each name starts in `bytes`, by id, and one past the last name's end.
    private var starts: [Int] = [0]
    /// The catalog id of each name, or `nil` when unknown.
    private(set) var ids: [String?] = []
    private var index: [[UInt8]: Int32] = [:]

    /// The name of model `id`, as text.
    func name(_ id: Int32) -> String {
        String(decoding: bytes[starts[Int(id)]..<starts[Int(id) + 1]], as: UTF8.self)
    }

    /// The id of the model named by `count` bytes at `p`, and whether it is new to this table.
    mutating func intern(_ p: UnsafePointer<UInt8>, count: Int, resolver: BatchModelResolver) -> (id: Int32, isNew: Bool) {
        let name = Array(UnsafeBufferPointer(start: p, count: count))
        if let id = index[name] { return (id, false) }
        let id = Int32(ids.count)
        bytes.append(contentsOf: name)
        starts.append(bytes.count)
        ids.append(resolver.id(for: String(decoding: name, as: UTF8.self)))
        index[name] = id
        return (id, true)
    }

    /// Whether model `id` is named by the `count` bytes at `p` (checked on every line that names a
    /// model: flat storage, so no array of the name is retained for it).
    @inline(__always)
    func matches(_ id: Int32, _ p: UnsafePointer<UInt8>, count: Int) -> Bool {
        let start = starts[Int(id)]
        guard starts[Int(id) + 1] - start == count else { return false }
        return bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return count == 0 }
            return memcmp(base + start, p, count) == 0
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
