import LEDDiagnostics

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// What every fuzz target shares: input access, invariant checks that abort (so libFuzzer saves the
/// input as a crash), and the built-in diagnoser, built once per process.
public enum Fuzz {
    /// The fuzzer's input as a buffer (empty for a null pointer).
    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> UnsafeBufferPointer<UInt8> {
        guard let data, size > 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
        return UnsafeBufferPointer(start: data, count: size)
    }

    /// The input as text; invalid UTF-8 becomes U+FFFD, as it does when leddiag reads a file.
    public static func text(_ bytes: some Collection<UInt8>) -> String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// Stops the process with `message` when `condition` does not hold: libFuzzer reports a deadly
    /// signal and keeps the input that broke the invariant.
    public static func check(
        _ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
        line: UInt = #line
    ) {
        if !condition() { fail(message(), file: file, line: line) }
    }

    /// Stops the process with `message` (a broken invariant).
    public static func fail(_ message: String, file: StaticString = #fileID, line: UInt = #line) -> Never {
        let text = Array("INVARIANT BROKEN at \(file):\(line): \(message)\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
        abort()
    }

    /// The built-in catalog's diagnoser (rules JIT-compiled), built on first use.
    public static let diagnoser: Diagnoser = {
        do {
            return try Diagnoser.builtin()
        } catch {
            fail("the built-in catalog does not load: \(error)")
        }
    }()

    /// The built-in catalog's diagnoser without the rule prefilter: every rule goes to PCRE2.
    public static let unfiltered = Diagnoser(catalog: diagnoser.catalog, prefilter: false)

    /// The prefilter's invariant (#15, item 1): the same diagnosis — ranking, evidence, near misses,
    /// question, fix plan — with and without it. Only where the full scan skipped no rule: a rule the
    /// prefilter leaves out cannot match, so it also cannot trip a limit there, and the warnings differ.
    public static func checkPrefilter(
        _ observation: Observation, filtered: Diagnoser, unfiltered: Diagnoser, origin: @autoclosure () -> String
    ) {
        let full = unfiltered.diagnose(observation)
        guard full.skippedRules.isEmpty else { return }
        let fast = filtered.diagnose(observation)
        check(
            fast.json() == full.json(),
            "the prefilter changed the diagnosis of \(observation.canonical) from \(origin()):\n\(fast.json())\n"
                + "vs\n\(full.json())")
    }

    /// The bytes a canonical string may contain: lower-case ASCII letters, digits, `-:,=&/._?`, space.
    public static func isCanonicalByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39) || Array("-:,=&/._? ".utf8).contains(byte)
    }

    /// The round-trip invariant of the canonical language for an observation some reader produced:
    /// its canonical string uses only the language's bytes, reads back without error, to an
    /// observation whose canonical string is the same bytes. With `exact`, the read-back observation
    /// must also equal the original (every value survives the trip, e.g. times are whole milliseconds).
    public static func checkRoundTrip(_ observation: Observation, exact: Bool, origin: @autoclosure () -> String) {
        let canonical = observation.canonical
        check(
            canonical.utf8.allSatisfy(isCanonicalByte),
            "canonical string has bytes outside the language: \(canonical.debugDescription) from \(origin())")
        let back: Observation
        do {
            back = try CanonicalReader.observation(from: canonical)
        } catch {
            fail("a written canonical string does not read back: \(error) from \(origin())")
        }
        let again = back.canonical
        check(
            again == canonical,
            "canonical → read → canonical changed \(canonical.debugDescription) "
                + "into \(again.debugDescription) from \(origin())")
        if exact {
            check(
                back == observation,
                "canonical → read lost a value: \(canonical.debugDescription) from \(origin()): "
                    + "\(observation) vs \(back)")
        }
    }

    /// The diagnosis invariants for the built-in catalog: confidences in 0…1 summing to at most 1,
    /// causes and fixes that exist, and no rule skipped (the built-in rules never trip a PCRE2 limit).
    public static func checkDiagnosis(
        _ diagnosis: Diagnosis, catalog: Catalog, builtin: Bool, origin: @autoclosure () -> String
    ) {
        var total = 0.0
        for cause in diagnosis.causes {
            check(
                cause.confidence >= 0 && cause.confidence <= 1,
                "confidence \(cause.confidence) of \(cause.id) out of 0…1 for \(origin())")
            check(catalog.cause(cause.id) != nil, "unknown cause \(cause.id) for \(origin())")
            total += cause.confidence
        }
        check(total <= 1.0001, "confidences sum to \(total) for \(origin())")
        for fix in diagnosis.fixes { check(catalog.fix(fix.id) != nil, "unknown fix \(fix.id) for \(origin())") }
        check(
            diagnosis.expectedCost.isFinite && diagnosis.expectedCost >= 0,
            "expected cost \(diagnosis.expectedCost) for \(origin())")
        if builtin {
            check(
                diagnosis.warnings.isEmpty,
                "a built-in rule was skipped: \(diagnosis.warnings) on \(diagnosis.canonical.prefix(300))… "
                    + "(\(diagnosis.canonical.utf8.count) bytes) from \(origin())")
        }
        check(diagnosis.canonical.utf8.allSatisfy(isCanonicalByte), "diagnosis canonical has foreign bytes")
    }

    /// A little-endian cursor over the input for targets that read structured values.
    public struct Reader {
        public var bytes: UnsafeBufferPointer<UInt8>
        public var offset = 0

        public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        public var isAtEnd: Bool { offset >= bytes.count }
        public var remaining: Int { max(0, bytes.count - offset) }

        /// The next byte, 0 past the end.
        public mutating func byte() -> UInt8 {
            guard offset < bytes.count else { return 0 }
            defer { offset += 1 }
            return bytes[offset]
        }

        /// The next two bytes as a little-endian `UInt16`.
        public mutating func uint16() -> UInt16 {
            UInt16(byte()) | UInt16(byte()) << 8
        }

        /// The rest of the input.
        public mutating func rest() -> UnsafeBufferPointer<UInt8> {
            guard offset < bytes.count else { return UnsafeBufferPointer(start: nil, count: 0) }
            defer { offset = bytes.count }
            return UnsafeBufferPointer(rebasing: bytes[offset...])
        }
    }
}

/// libFuzzer's entry point for programs with their own `main` (libFuzzer ≥ 13).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

extension Fuzz {
    /// Runs libFuzzer with the command line's options over `target`, then exits with its status.
    ///
    /// SwiftPM links every executable with `--defsym main=<Target>_main`, which hides libFuzzer's own
    /// `main`; so each target's `@main` calls this instead, and `-sanitize=fuzzer` is passed only to
    /// the link of the fuzz targets (Package.swift) — never to the compiler, where it would turn the
    /// main package's build-tool plugin's `main.swift` into a library (see docs/reliability.md).
    public static func main(_ target: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32) -> Never {
        var argc = CommandLine.argc
        var argv = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv, target))
    }
}
