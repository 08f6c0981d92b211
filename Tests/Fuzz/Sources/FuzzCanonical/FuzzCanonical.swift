import FuzzSupport
import LEDDiagnostics

/// The canonical-string reader (`leddiag diagnose 'dev=…'`, rule examples, batch typed lines).
///
/// Invariants:
/// - reading never crashes or hangs;
/// - a refused string gets an error whose byte offset lies inside it and whose caret renders;
/// - an accepted string is normalised by one write: read → write → read → write gives the same
///   bytes the first write gave, and the observation read back equals the first one (values survive);
/// - the same bytes given as typed text (they start with `dev=`) give the same observation or error;
/// - diagnosing it with the built-in catalog keeps confidences in 0…1 summing to at most 1 and trips
///   no PCRE2 limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzCanonical(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    // Most interesting inputs start with the header; give the fuzzer it for free half of the time.
    var bytes = Array(Fuzz.bytes(data, size))
    if let first = bytes.first, first & 1 == 1 {
        bytes.removeFirst()
        if !bytes.starts(with: "dev=".utf8) { bytes = Array("dev=".utf8) + bytes }
    }
    let text = Fuzz.text(bytes)
    let diagnoser = Fuzz.diagnoser
    let observation: Observation
    do {
        observation = try CanonicalReader.observation(from: text)
    } catch {
        Fuzz.check(
            error.offset >= 0 && error.offset <= text.utf8.count,
            "error offset \(error.offset) outside \(text.utf8.count) bytes: \(text.debugDescription)")
        Fuzz.check(error.description.hasPrefix("error: "), "error rendering")
        if CanonicalReader.looksCanonical(text) {
            do {
                _ = try diagnoser.parser.parse(text)
                Fuzz.fail("the text parser accepts a canonical string the reader refuses: \(text.debugDescription)")
            } catch {
                Fuzz.check(
                    error.start <= error.end && error.end <= text.count, "text-parser error span outside the input")
            }
        }
        return 0
    }
    Fuzz.checkRoundTrip(observation, exact: true, origin: text.debugDescription)
    do {
        let typed = try diagnoser.parser.parse(text).observation
        Fuzz.check(typed == observation, "typed-text path and reader disagree on \(text.debugDescription)")
    } catch {
        Fuzz.fail("the text parser refuses a canonical string the reader accepts: \(text.debugDescription): \(error)")
    }
    Fuzz.checkDiagnosis(
        diagnoser.diagnose(observation), catalog: diagnoser.catalog, builtin: true, origin: text.debugDescription)
    Fuzz.checkPrefilter(observation, filtered: diagnoser, unfiltered: Fuzz.unfiltered, origin: text.debugDescription)
    return 0
}

@main
enum FuzzCanonicalMain {
    static func main() { Fuzz.main(fuzzCanonical) }
}
