import FuzzSupport

/// The batch engine reading a log whose format it detects, end to end: see `Fuzz.batch` for the input layout and
/// the invariants (nothing lost, every rejected line reported with its number, output independent of jobs).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzBatchDetect(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    Fuzz.batch(data, size, format: nil)
    return 0
}

@main
enum FuzzBatchDetectMain {
    static func main() { Fuzz.main(fuzzBatchDetect) }
}
