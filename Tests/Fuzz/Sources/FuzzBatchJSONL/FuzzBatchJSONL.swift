import FuzzSupport

/// The batch engine reading the jsonl format, end to end: see `Fuzz.batch` for the input layout and
/// the invariants (nothing lost, every rejected line reported with its number, output independent of jobs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatchJSONL(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Fuzz.batch(data, size, format: .jsonl)
    return 0
}

@main
enum FuzzBatchJSONLMain {
    static func main() { Fuzz.main(fuzzBatchJSONL) }
}
