import PCRE2
import Testing

@Suite("Sharing patterns across concurrent tasks")
struct ConcurrencyTests {
    @Test(arguments: bothEngines)
    func twoHundredTasksShareOnePattern(useJIT: Bool) async throws {
        let pattern = try CompiledPattern(
            #"(?<color>red|blue):(?<mode>blink|solid):(?<n>\d+)"#, options: .utf, useJIT: useJIT)
        // A second pattern with many groups makes threads grow their match data mid-run.
        let wide = try CompiledPattern(String(repeating: "(x)?", count: 30) + "(?<end>y)", useJIT: useJIT)
        let failures = await withTaskGroup(of: Int.self) { group in
            for task in 0..<200 {
                group.addTask {
                    var failures = 0
                    for iteration in 0..<250 {
                        let n = task * 1_000 + iteration
                        let color = n.isMultiple(of: 2) ? "red" : "blue"
                        let subject = "🔴 × \(color):blink:\(n) é"
                        do {
                            let match = try pattern.firstMatch(in: subject)
                            if match?.substring(named: "n", in: subject) != "\(n)"
                                || match?.substring(named: "color", in: subject) != Substring(color)
                                || match?.range.lowerBound != 8
                            {  // after "🔴 × "
                                failures += 1
                            }
                            if try pattern.matches("no light here") { failures += 1 }
                            if iteration.isMultiple(of: 10) {
                                let wideMatch = try wide.firstMatch(in: "xxy")
                                if wideMatch?.groups.count != 32 || wideMatch?[name: "end"] != 2..<3 { failures += 1 }
                                if try pattern.allMatches(in: subject + " " + subject).count != 2 { failures += 1 }
                            }
                        } catch {
                            failures += 1
                        }
                    }
                    return failures
                }
            }
            return await group.reduce(0, +)
        }
        #expect(failures == 0)
    }

    @Test func limitErrorsOnSomeThreadsDoNotDisturbOthers() async throws {
        let catastrophic = try CompiledPattern("(a+)+$", limits: MatchLimits(matchLimit: 20_000))
        let normal = try CompiledPattern("(a+)(b)")
        let subject = String(repeating: "a", count: 30) + "b"
        let outcomes = await withTaskGroup(of: (limitErrors: Int, wrong: Int).self) { group in
            for task in 0..<64 {
                group.addTask {
                    var limitErrors = 0
                    var wrong = 0
                    for _ in 0..<50 {
                        if task.isMultiple(of: 2) {
                            let error = caughtError { () throws(PCRE2Error) in try catastrophic.firstMatch(in: subject)
                            }
                            if error == .matchLimitExceeded { limitErrors += 1 } else { wrong += 1 }
                        } else if (try? normal.firstMatch(in: subject))?.groups != [0..<31, 0..<30, 30..<31] {
                            wrong += 1
                        }
                    }
                    return (limitErrors, wrong)
                }
            }
            return await group.reduce(into: (limitErrors: 0, wrong: 0)) {
                $0.limitErrors += $1.limitErrors
                $0.wrong += $1.wrong
            }
        }
        #expect(outcomes.limitErrors == 32 * 50)
        #expect(outcomes.wrong == 0)
    }
}
