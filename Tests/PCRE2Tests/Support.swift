import PCRE2

/// Both engines, for parameterised tests: `true` asks for JIT, `false` forces the interpreter.
let bothEngines = [true, false]

/// The engine a pattern compiled with `useJIT` is expected to report.
func expectedEngine(useJIT: Bool) -> MatchEngine {
    useJIT && PCRE2.jitAvailable ? .jit : .interpreter
}

/// The error `body` throws, or nil if it returns normally.
func caughtError<T>(_ body: () throws(PCRE2Error) -> T) -> PCRE2Error? {
    do {
        _ = try body()
        return nil
    } catch {
        return error
    }
}
