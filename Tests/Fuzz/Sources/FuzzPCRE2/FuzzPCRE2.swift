import FuzzSupport
import PCRE2

#if canImport(Glibc)
import Glibc
#endif

/// The PCRE2 binding, with the patterns a catalog author (or an attacker's `--patterns` folder) can
/// write, on subjects up to the input's size.
///
/// Input: byte 0 picks compile options, bytes 1–2 scale the match limit down (so limits trip often),
/// then the pattern up to the first NUL byte, then the subject. Half of the time the subject is
/// repeated to about 1 KB. Limits are a tenth of the defaults (or tiny), so that catastrophic patterns
/// cost milliseconds, not seconds, per input.
///
/// Invariants:
/// - compiling never crashes: a pattern compiles or gives `.compile` with an offset inside it;
/// - matching never crashes or hangs (limits trip instead) on either engine, with String and raw
///   byte subjects (raw bytes may be invalid UTF-8: a UTF pattern reports `.badUTF`);
/// - every match and group range lies inside the subject;
/// - when JIT and the interpreter both finish, they agree (first match, all matches, partial) —
///   reported, not enforced, unless `LEDDIAG_FUZZ_ENGINES=strict` (see `compare`);
/// - `matches` agrees with `firstMatch`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPCRE2(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    var reader = Fuzz.Reader(Fuzz.bytes(data, size))
    let optionBits = reader.byte()
    let limitScale = Int(reader.uint16())
    let rest = Array(reader.rest())
    let split = rest.firstIndex(of: 0) ?? rest.count
    let pattern = Fuzz.text(rest[..<split])
    var subjectBytes = split < rest.count ? Array(rest[(split + 1)...]) : []
    if optionBits & 0x80 != 0, !subjectBytes.isEmpty {
        let copies = max(1, 1024 / subjectBytes.count)
        subjectBytes = Array(repeating: subjectBytes, count: min(copies, 32)).flatMap { $0 }
    }
    var options: CompileOptions = []
    if optionBits & 1 != 0 { options.insert(.caseless) }
    if optionBits & 2 != 0 { options.insert(.multiline) }
    if optionBits & 4 != 0 { options.insert(.dotAll) }
    if optionBits & 8 != 0 { options.insert(.utf) }
    if optionBits & 16 != 0 { options.insert(.extended) }
    if optionBits & 32 != 0 { options.insert(.ucp) }
    if optionBits & 64 != 0 { options.insert(.anchored) }
    // A tenth of the defaults (the defaults apply per start position, so a catastrophic pattern on a
    // 1 KB subject would take seconds per input); sometimes tiny limits, so every limit path runs.
    let limits =
        limitScale < 0x8000
        ? MatchLimits(matchLimit: 20_000, heapLimitKiB: 4_096, depthLimit: 5_000)
        : MatchLimits(
            matchLimit: 1 + limitScale % 5000, heapLimitKiB: 1 + limitScale % 64, depthLimit: 1 + limitScale % 500)

    let jit: CompiledPattern
    let interpreter: CompiledPattern
    do {
        jit = try CompiledPattern(pattern, options: options, limits: limits, useJIT: true)
        interpreter = try CompiledPattern(pattern, options: options, limits: limits, useJIT: false)
    } catch {
        if case .compile(let message, let offset, _) = error {
            Fuzz.check(
                offset >= 0 && offset <= pattern.utf8.count, "compile error offset \(offset) outside the pattern")
            Fuzz.check(!message.isEmpty, "compile error without a message")
            _ = error.rendered
        } else {
            Fuzz.check(error == .outOfMemory, "unexpected compile failure \(error)")
        }
        return 0
    }
    Fuzz.check(jit.captureCount == interpreter.captureCount, "engines disagree on the capture count")

    let subject = Fuzz.text(subjectBytes)
    let stringResults = [jit, interpreter].map { run($0, subject: subject) }
    compare(stringResults[0], stringResults[1], pattern: pattern)
    let byteResults = [jit, interpreter].map { pattern in
        subjectBytes.withUnsafeBufferPointer { run(pattern, bytes: $0) }
    }
    compare(byteResults[0], byteResults[1], pattern: pattern)
    return 0
}

/// What one engine made of one subject; `nil` where it stopped with an error.
struct Outcome {
    var first: Result<Match?, PCRE2Error>
    var all: Result<[Match], PCRE2Error>
    var partial: Result<PartialMatchResult, PCRE2Error>
    var length: Int
}

/// `allMatches` runs the pattern from every position after each match: on short subjects only.
let allMatchesLimit = 256

func run(_ pattern: CompiledPattern, subject: String) -> Outcome {
    let outcome = Outcome(
        first: Result { () throws(PCRE2Error) in try pattern.firstMatch(in: subject) },
        all: Result { () throws(PCRE2Error) in
            subject.utf8.count <= allMatchesLimit ? try pattern.allMatches(in: subject) : []
        },
        partial: Result { () throws(PCRE2Error) in try pattern.partialMatch(in: subject) },
        length: subject.utf8.count)
    if case .success(let first) = outcome.first, let matches = try? pattern.matches(subject) {
        Fuzz.check(matches == (first != nil), "matches and firstMatch disagree for \(pattern.pattern.debugDescription)")
    }
    check(outcome, pattern: pattern)
    return outcome
}

func run(_ pattern: CompiledPattern, bytes: UnsafeBufferPointer<UInt8>) -> Outcome {
    let outcome = Outcome(
        first: Result { () throws(PCRE2Error) in try pattern.firstMatch(in: bytes) },
        all: Result { () throws(PCRE2Error) in bytes.count <= allMatchesLimit ? try pattern.allMatches(in: bytes) : []
        },
        partial: Result { () throws(PCRE2Error) in try pattern.partialMatch(in: bytes) },
        length: bytes.count)
    check(outcome, pattern: pattern)
    return outcome
}

func check(_ outcome: Outcome, pattern: CompiledPattern) {
    func inside(_ match: Match) {
        Fuzz.check(
            match.range.lowerBound >= 0 && match.range.upperBound <= outcome.length,
            "match \(match.range) outside a subject of \(outcome.length) bytes for \(pattern.pattern.debugDescription)")
        Fuzz.check(
            match.groups.count == pattern.captureCount + 1,
            "group count \(match.groups.count) for \(pattern.captureCount) captures")
        for group in match.groups.compactMap({ $0 }) {
            Fuzz.check(
                group.lowerBound >= 0 && group.upperBound <= outcome.length,
                "group \(group) outside a subject of \(outcome.length) bytes for \(pattern.pattern.debugDescription)")
        }
    }
    if case .success(let match?) = outcome.first { inside(match) }
    if case .success(let matches) = outcome.all {
        // At most an empty and a non-empty match per position (after an empty match the next try is
        // anchored at the same position and must not be empty, as Perl's /g does): 2n + 1.
        Fuzz.check(
            matches.count <= 2 * outcome.length + 1, "more matches than an empty and a non-empty one per position")
        for (a, b) in zip(matches, matches.dropFirst()) {
            Fuzz.check(a.range.lowerBound <= b.range.lowerBound, "matches out of order: \(a.range) then \(b.range)")
        }
        matches.forEach(inside)
    }
    switch outcome.partial {
    case .success(.complete(let match)): inside(match)
    case .success(.partial(let range)):
        Fuzz.check(
            range.lowerBound >= 0 && range.upperBound <= outcome.length, "partial range \(range) outside the subject")
    default: break
    }
}

/// JIT and the interpreter of PCRE2 10.42 disagree on some exotic patterns (upstream bugs found by
/// PCRE2's own fuzzing, e.g. partial matching of `(?x)^$a` on an empty subject, or `(1|)b*1`). A
/// disagreement is printed once per pattern shape and counted; with `LEDDIAG_FUZZ_ENGINES=strict`
/// it is a broken invariant instead. See docs/reliability.md ("PCRE2 engines").
func compare(_ jit: Outcome, _ interpreter: Outcome, pattern: String) {
    func differ(_ what: String, _ a: String, _ b: String) {
        let message = "engines disagree on the \(what) of \(pattern.debugDescription): JIT \(a), interpreter \(b)"
        if EngineDisagreements.strict { Fuzz.fail(message) }
        EngineDisagreements.report(message)
    }
    if case .success(let a) = jit.first, case .success(let b) = interpreter.first, a != b {
        differ("first match", String(describing: a), String(describing: b))
    }
    if case .success(let a) = jit.all, case .success(let b) = interpreter.all, a != b {
        differ("matches", "\(a.count) matches", "\(b.count) matches")
    }
    if case .success(let a) = jit.partial, case .success(let b) = interpreter.partial, a != b {
        // The common 10.42 case: on an empty subject JIT reports an empty partial match where the
        // interpreter reports none (patterns like `$x`). Counted, not printed.
        if jit.length == 0, a == .partial(0..<0), b == .noMatch {
            EngineDisagreements.emptyPartial += 1
        } else {
            differ("partial match", "\(a)", "\(b)")
        }
    }
}

enum EngineDisagreements {
    static let strict = getenv("LEDDIAG_FUZZ_ENGINES").map { String(cString: $0) == "strict" } ?? false
    nonisolated(unsafe) static var count = 0
    nonisolated(unsafe) static var emptyPartial = 0
    nonisolated(unsafe) static var seen: Set<String> = []

    /// Prints the first few distinct disagreements (libFuzzer runs the target on one thread).
    static func report(_ message: String) {
        count += 1
        guard seen.count < 50, seen.insert(message).inserted else { return }
        let text = Array("ENGINE DISAGREEMENT #\(count): \(message)\n".utf8)
        _ = text.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}

@main
enum FuzzPCRE2Main {
    static func main() { Fuzz.main(fuzzPCRE2) }
}
