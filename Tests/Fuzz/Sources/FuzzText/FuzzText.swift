import FuzzSupport
import LEDDiagnostics

/// The free-text parser (`leddiag diagnose "…"`), on anything a person could type or paste.
///
/// Invariants:
/// - parsing never crashes or hangs, whatever the bytes (invalid UTF-8 arrives as U+FFFD);
/// - a rejected text gets an error whose span lies inside the text and whose message renders;
/// - an accepted text's observation round-trips through the canonical language byte for byte, and
///   reading that canonical string as input (it starts with `dev=`) gives the same observation;
/// - diagnosing it with the built-in catalog gives confidences in 0…1 summing to at most 1, and
///   no built-in rule trips a PCRE2 limit.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let text = Fuzz.text(Fuzz.bytes(data, size))
    let diagnoser = Fuzz.diagnoser
    let parsed: ParsedText
    do {
        parsed = try diagnoser.parser.parse(text)
    } catch {
        let characters = text.count
        Fuzz.check(
            error.start >= 0 && error.start <= error.end && error.end <= characters,
            "error span \(error.start)..<\(error.end) outside a text of \(characters) characters: "
                + "\(text.debugDescription)")
        Fuzz.check(
            error.utf8Offset >= 0 && error.utf8Offset <= text.utf8.count,
            "error byte offset \(error.utf8Offset) outside the text")
        Fuzz.check(!error.message.isEmpty, "an error without a message")
        Fuzz.check(error.description.hasPrefix("error: "), "error rendering: \(error.description)")
        return 0
    }
    let observation = parsed.observation
    Fuzz.checkRoundTrip(observation, exact: true, origin: text.debugDescription)
    for reading in parsed.readings {
        Fuzz.check(
            reading.start <= reading.end && reading.utf8Start <= reading.utf8End && reading.utf8End <= text.utf8.count,
            "a reading outside the text: \(reading) in \(text.debugDescription)")
    }
    let canonical = observation.canonical
    do {
        let again = try diagnoser.parser.parse(canonical).observation
        Fuzz.check(
            again == observation,
            "the canonical string read as input differs: \(canonical) from \(text.debugDescription)")
    } catch {
        Fuzz.fail("the canonical string \(canonical) of \(text.debugDescription) is refused as input: \(error)")
    }
    Fuzz.checkDiagnosis(
        diagnoser.diagnose(observation), catalog: diagnoser.catalog, builtin: true, origin: text.debugDescription)
    Fuzz.checkPrefilter(observation, filtered: diagnoser, unfiltered: Fuzz.unfiltered, origin: text.debugDescription)
    return 0
}

@main
enum FuzzTextMain {
    static func main() { Fuzz.main(fuzzText) }
}
