import PCRE2

// Measures: first-match cost of a short pattern on a 60-byte subject (JIT and interpreter), the cost of
// compiling a CompiledPattern (with and without JIT), and how fast the default limits stop a
// catastrophic pattern. Each figure is the median of several rounds.

let clock = ContinuousClock()

func nanoseconds(_ duration: Duration) -> Double {
    let parts = duration.components
    return Double(parts.seconds) * 1e9 + Double(parts.attoseconds) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted[sorted.count / 2]
}

/// Median over `rounds` of the time per iteration of `body`, in nanoseconds (the machine may be
/// shared: the median ignores a round or two disturbed by other work).
func measure(rounds: Int = 7, iterations: Int, _ body: (Int) throws -> Int) rethrows -> Double {
    var perIteration: [Double] = []
    var sink = 0
    for _ in 0..<rounds {
        let start = clock.now
        for index in 0..<iterations { sink &+= try body(index) }
        perIteration.append(nanoseconds(clock.now - start) / Double(iterations))
    }
    if sink == 42 { print("") }  // keep the work observable
    return median(perIteration)
}

let subject = "2024-05-01 12:00:03 ch1 blue:solid:on red:blink:5: status=ok"
precondition(subject.utf8.count == 60, "subject must be 60 bytes, is \(subject.utf8.count)")
let source = "red:blink:[56]:"

print("PCRE2 \(PCRE2.version), JIT available: \(PCRE2.jitAvailable)")
print("subject: \(subject.utf8.count) bytes, pattern: \(source)")

for useJIT in [true, false] {
    let pattern = try CompiledPattern(source, options: .utf, useJIT: useJIT)
    let label = pattern.engine == .jit ? "JIT        " : "interpreter"
    let iterations = 2_000_000
    let first = try measure(iterations: iterations) { _ in
        try pattern.firstMatch(in: subject)?.range.lowerBound ?? 0
    }
    let bool = try measure(iterations: iterations) { _ in
        try pattern.matches(subject) ? 1 : 0
    }
    let miss = try measure(iterations: iterations) { _ in
        try pattern.matches(subject, from: 50) ? 1 : 0
    }
    print(
        "\(label) firstMatch: \(String(format1: first)) ns   matches: \(String(format1: bool)) ns   "
            + "no-match: \(String(format1: miss)) ns")
}

for useJIT in [true, false] {
    let iterations = 20_000
    let ns = try measure(iterations: iterations) { index in
        try CompiledPattern(source, options: .utf, useJIT: useJIT).captureCount + index & 1
    }
    let complex = #"(?<time>\d{2}:\d{2}:\d{2}) (?<ch>ch\d+) (?:blue|green):(?:solid|off):\S* red:blink:(?<rate>[56]):"#
    let nsComplex = try measure(iterations: iterations / 4) { index in
        try CompiledPattern(complex, options: .utf, useJIT: useJIT).captureCount + index & 1
    }
    print(
        "compile \(useJIT ? "with JIT   " : "interpreter"): short \(String(format1: ns / 1000)) µs   "
            + "4-group pattern \(String(format1: nsComplex / 1000)) µs")
}

let catastrophic = String(repeating: "a", count: 40) + "b"
for useJIT in [true, false] {
    let pattern = try CompiledPattern("(a+)+$", useJIT: useJIT)
    var outcome = ""
    let ns = measure(rounds: 5, iterations: 1) { _ in
        do {
            _ = try pattern.firstMatch(in: catastrophic)
            outcome = "matched?!"
        } catch {
            outcome = "\(error)"
        }
        return 0
    }
    print("(a+)+$ on 40×a+b, \(pattern.engine): \(String(format1: ns / 1e6)) ms → \(outcome)")
}

extension String {
    /// `value` with one decimal.
    init(format1 value: Double) {
        let tenths = (value * 10).rounded()
        self = "\(Int(tenths) / 10).\(abs(Int(tenths) % 10))"
    }
}
