import Foundation
import PCRE2
import Testing

/// The worst patterns we could construct, on both engines: each match ends — with a result or a
/// typed limit error — in bounded time, and the thread keeps matching afterwards. The subjects are
/// the shape rules see: long canonical event strings (docs/event-language.md).
@Suite("Hostile patterns: limits trip instead of hangs")
struct HostilePatternTests {
    /// A canonical event string of `steps` events (about 43 bytes each), as a rig's long episode gives.
    static func canonical(steps: Int) -> String {
        var text = "dev=mini ctx=after-reset,power-cycle :"
        for index in 0..<steps {
            let color = ["red", "blue", "green"][index % 3]
            text +=
                index % 2 == 0
                ? " \(color):blink:\(3 + index % 50):fast:brief=\(index).5:0.2/0.25:_"
                : " \(color):solid:_:_:seconds=\(index).5:_:_"
        }
        return text
    }

    static let longCanonical = canonical(steps: 400)  // 17 KB
    static let catastrophicA = String(repeating: "a", count: 40) + "b"

    /// Whether an error is one of the resource limits (what a diagnosis turns into "rule skipped").
    static func isLimit(_ error: PCRE2Error) -> Bool {
        switch error {
        case .matchLimitExceeded, .depthLimitExceeded, .heapLimitExceeded, .jitStackLimit: return true
        // PCRE2 refuses a recursion that loops at one subject position with this match error.
        case .matchFailed(let code, _): return code == -52
        default: return false
        }
    }

    struct Case: Sendable, CustomTestStringConvertible {
        var pattern: String
        var subject: String
        var subjectName: String
        /// Whether the interpreter trips a limit on this subject (else it finishes, with or without a match).
        var interpreterTrips: Bool
        /// Whether JIT trips a limit (else it finishes).
        var jitTrips: Bool
        var testDescription: String { "\(pattern) on \(subjectName)" }
    }

    static let cases: [Case] = [
        // The textbook catastrophe.
        Case(
            pattern: "(a+)+$", subject: catastrophicA, subjectName: "40 a + b", interpreterTrips: true, jitTrips: true),
        Case(
            pattern: "(a|aa)+$", subject: catastrophicA, subjectName: "40 a + b", interpreterTrips: true, jitTrips: true
        ),
        Case(
            pattern: "(a|a?)+$", subject: catastrophicA, subjectName: "40 a + b", interpreterTrips: true, jitTrips: true
        ),
        // Nested quantifiers over the event string: fast failures thanks to the first space...
        Case(
            pattern: "^(?:(?:[a-z:_]+)+)+$", subject: longCanonical, subjectName: "17 KB canonical",
            interpreterTrips: false, jitTrips: false),
        // ...and the same over the whole string, failing at its end: catastrophic.
        Case(
            pattern: "^dev=(?:(?:[a-z0-9:_ &=./?,-]+)+)+[!#]$", subject: longCanonical, subjectName: "17 KB canonical",
            interpreterTrips: true, jitTrips: true),
        Case(
            pattern: "(?:.*)*x", subject: longCanonical, subjectName: "17 KB canonical", interpreterTrips: true,
            jitTrips: true),
        Case(
            pattern: "^(?:(?:\\S+\\s?)*)*[!#]", subject: longCanonical, subjectName: "17 KB canonical",
            interpreterTrips: true, jitTrips: true),
        Case(
            pattern: "(?:[^ ]+ )+[!#]$", subject: longCanonical, subjectName: "17 KB canonical",
            interpreterTrips: false, jitTrips: false),
        // Deep recursion, (?R)-style: the JIT stack or the depth/heap limits end it.
        Case(
            pattern: "^(\\((?1)*\\))$",
            subject: String(repeating: "(", count: 100_000) + String(repeating: ")", count: 99_999),
            subjectName: "100 000 nested parentheses", interpreterTrips: true, jitTrips: true),
        Case(
            pattern: "^(a(?1)?b)$", subject: String(repeating: "a", count: 100_000) + "b", subjectName: "100 000 a + b",
            interpreterTrips: true, jitTrips: true),
        Case(
            pattern: "^((?:.|(?1))*)!", subject: longCanonical, subjectName: "17 KB canonical", interpreterTrips: true,
            jitTrips: false),
        // A repeated group holding a capture: one backtracking frame per character.
        Case(
            pattern: "^(?:(\\S)|\\s)*[!#]", subject: canonical(steps: 1_500), subjectName: "64 KB canonical",
            interpreterTrips: true, jitTrips: true),
        Case(
            pattern: "(?:(a)|b)*c", subject: String(repeating: "ab", count: 100_000) + "c", subjectName: "200 000 ab",
            interpreterTrips: true, jitTrips: true),
        // Lookaheads that rescan: bounded per start position, not tripping.
        Case(
            pattern: "(?=(?:[^ ]+ )+!)", subject: canonical(steps: 100), subjectName: "4 KB canonical",
            interpreterTrips: false, jitTrips: false),
        // Huge repeated groups compile and fail fast.
        Case(
            pattern: "(?:a{1000}){1000}", subject: longCanonical, subjectName: "17 KB canonical",
            interpreterTrips: false, jitTrips: false),
        Case(
            pattern: "(?:[^ ]+ ){1,200}[!#]", subject: longCanonical, subjectName: "17 KB canonical",
            interpreterTrips: false, jitTrips: false),
    ]

    @Test(arguments: cases)
    func endsInBoundedTime(_ testCase: Case) throws {
        // What bounds the time is the limit, so the test asserts the outcome, not a duration (which a
        // busy machine or a sanitizer build would stretch): a typed limit error exactly where one must
        // trip, and a finished match (found or not) everywhere else.
        for useJIT in [true, false] {
            let pattern = try CompiledPattern(testCase.pattern, useJIT: useJIT)
            let outcome = Result { () throws(PCRE2Error) in try pattern.firstMatch(in: testCase.subject) }
            let engine = pattern.engine == .jit ? "JIT" : "interpreter"
            let mustTrip = pattern.engine == .jit ? testCase.jitTrips : testCase.interpreterTrips
            switch outcome {
            case .success:
                #expect(!mustTrip, "\(engine) finished; expected a limit to trip")
            case .failure(let error):
                #expect(mustTrip && Self.isLimit(error), "\(engine): \(error)")
            }
            // The thread's match state survives: an ordinary match right after works.
            #expect(
                try CompiledPattern("red:blink:(\\d+)", useJIT: useJIT).firstMatch(in: "x red:blink:6")?.range == 2..<13
            )
        }
    }

    @Test(
        "patterns too large to compile are a typed compile error, not a crash",
        arguments: [
            "(?:(?:(?:a{1000}){1000}){1000}){1000}", "(?:(?:red:blink:\\d+:){1,1000}[^ ]*){1,1000}!",
            String(repeating: "(", count: 300) + "a" + String(repeating: ")", count: 300) + "{65535}",
            "a{65536}", "(?<n>a)" + String(repeating: "(?<n>a)", count: 5),
            String(repeating: "(?:", count: 10_000) + "a" + String(repeating: ")", count: 10_000),
        ])
    func tooLarge(_ source: String) {
        do {
            _ = try CompiledPattern(source)
        } catch {
            guard case .compile(let message, let offset, _) = error else {
                Issue.record("expected a compile error, got \(error)")
                return
            }
            #expect(!message.isEmpty)
            #expect(offset >= 0 && offset <= source.utf8.count)
        }
    }

    @Test("many threads tripping limits at once: each gets its own typed error, nothing is shared")
    func concurrentLimits() async throws {
        let catastrophic = try CompiledPattern("(a+)+$")
        let ordinary = try CompiledPattern("(a+)(b)")
        let subject = Self.catastrophicA
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<8 {
                group.addTask { () throws in
                    for _ in 0..<5 {
                        #expect(throws: PCRE2Error.matchLimitExceeded) { try catastrophic.firstMatch(in: subject) }
                        #expect(try ordinary.firstMatch(in: subject)?.groups == [0..<41, 0..<40, 40..<41])
                    }
                }
            }
            try await group.waitForAll()
        }
    }

    @Test("a recursive pattern ends in the interpreter with a result or a typed error, however long it takes")
    func recursionInTheInterpreter() throws {
        // A fact about PCRE2 10.42, and why catalogs refuse recursion and subroutine calls at load time
        // (LEDDiagnosticsTests.PatternCallScannerTests; docs/reliability.md, finding F4): `^(.(?1)?)!`
        // recurses once per byte, and the interpreter checks each recursion for a loop at the same
        // position by walking back through its frames, so a failing match costs O(n²) without reaching
        // the match limit (it counts calls, not that walk). Measured: 8 KB 0.55 s, 16 KB 2.4 s, about
        // 25 s at 50 KB where the depth limit (50 000) trips. JIT: microseconds. The binding's part is
        // that it ends, with the right answer: no match (over 5 000 bytes, where the interpreter stops
        // looking for the required "!" first and really recurses).
        let pattern = try CompiledPattern("^(.(?1)?)!", useJIT: false)
        let subject = String(Self.longCanonical.prefix(6_000))
        let outcome = Result { () throws(PCRE2Error) in try pattern.firstMatch(in: subject) }
        switch outcome {
        case .success(let match): #expect(match == nil)
        case .failure(let error): #expect(Self.isLimit(error), "\(error)")
        }
        // With a "!" at the end it matches, recursing all the way.
        #expect(try pattern.firstMatch(in: String(repeating: "a", count: 2_000) + "!")?.range == 0..<2_001)
    }

    @Test(
        "the interpreter's heap limit holds on a thread whose match data grew in an earlier, bigger match",
        arguments: ["context limit", "(*LIMIT_HEAP=8)"])
    func heapLimitAfterABigMatchOnTheSameThread(_ how: String) throws {
        // PCRE2 10.41+ keeps the backtracking frames in the match data and checks the heap limit only
        // when it grows them, and ThreadMatchState reuses one match data per thread: it must not hand
        // frames grown under the default 16 MiB to a pattern limited to 8 KiB (finding F5, fixed).
        let small =
            how == "context limit"
            ? try CompiledPattern("(a)*b", limits: MatchLimits(heapLimitKiB: 8), useJIT: false)
            : try CompiledPattern("(*LIMIT_HEAP=8)(a)*b", useJIT: false)
        let big = try CompiledPattern("(a)*b", useJIT: false)
        let subject = String(repeating: "a", count: 1_000) + "cb"
        // Matches at once (no retry from later start positions), one backtracking frame per "a".
        let bigSubject = String(repeating: "a", count: 20_000) + "b"
        let outcomes = OnFreshThread.run { () -> [Result<Range<Int>?, PCRE2Error>] in
            [
                Result { () throws(PCRE2Error) in try small.firstMatch(in: subject)?.range },
                Result { () throws(PCRE2Error) in try big.firstMatch(in: bigSubject)?.range },
                Result { () throws(PCRE2Error) in try small.firstMatch(in: subject)?.range },
                Result { () throws(PCRE2Error) in try big.firstMatch(in: bigSubject)?.range },
            ]
        }
        #expect(outcomes[0].error == .heapLimitExceeded, "a fresh thread: the limit trips")
        #expect(try outcomes[1].get() == 0..<20_001, "the big match needs a few MiB of frames: within the default")
        #expect(
            outcomes[2].error == .heapLimitExceeded, "after the big match on the same thread: the limit still trips")
        #expect(try outcomes[3].get() == 0..<20_001, "and the default pattern still matches after it")
    }
}

extension Result {
    /// The failure, if any.
    var error: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
