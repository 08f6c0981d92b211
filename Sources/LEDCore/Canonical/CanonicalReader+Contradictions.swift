/// The checks that refuse a canonical string contradicting itself: each names the byte where the
/// contradiction is (docs/event-language.md, "As input").
extension CanonicalReader {
    /// A colour named twice in one event (`red-red`): the second naming is the error.
    static func checkDistinct(
        _ colors: [LEDColor], offset: Int, fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) {
        var seen: Set<LEDColor> = []
        var nameOffset = offset
        for color in colors {
            guard seen.insert(color).inserted else {
                throw fail("the color \(color.rawValue) is named twice in one event", nameOffset)
            }
            nameOffset += color.rawValue.utf8.count + 1
        }
    }

    /// `none` is the `off` event of no particular LED: it has no other kind and no count.
    static func checkNone(
        kind: EventKind, count: Substring?, offsets: [Int], fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) {
        guard kind == .off else {
            throw fail("none is no light: its kind is off, not \(kind.rawValue)", offsets[1])
        }
        if count != nil { throw fail("none is no light: it has no count", offsets[2]) }
    }

    /// Seconds must lie in their bucket (``TimingVocabulary/default``; a value rounded to the millisecond
    /// onto the next bucket's edge still counts), and `continuous` has none.
    static func checkBucket(
        _ bucket: DurationBucket, seconds: Double, written: Substring, offset: Int,
        fail: (String, Int) -> CanonicalSyntaxError
    ) throws(CanonicalSyntaxError) {
        let vocabulary = TimingVocabulary.default
        guard bucket != .continuous else {
            throw fail("continuous has no end, so no length in seconds", offset)
        }
        let halfMillisecond = 0.000_5
        guard
            vocabulary.bucket(forSeconds: seconds) != bucket
                && vocabulary.bucket(forSeconds: max(0, seconds - halfMillisecond)) != bucket
                && vocabulary.bucket(forSeconds: seconds + halfMillisecond) != bucket
        else { return }
        throw fail("\(written) seconds is not \(bucket.rawValue) (\(bounds(of: bucket, in: vocabulary)))", offset)
    }

    /// The seconds a bucket covers, for messages: "brief is under 3 s".
    private static func bounds(of bucket: DurationBucket, in vocabulary: TimingVocabulary) -> String {
        func text(_ value: Double) -> String {
            var out = ""
            CanonicalSeconds.write(value, into: &out)
            return out
        }
        let name = bucket.rawValue
        switch bucket {
        case .brief: return "\(name) is under \(text(vocabulary.briefLimit)) s"
        case .seconds: return "\(name) is \(text(vocabulary.briefLimit)) s to under \(text(vocabulary.secondsLimit)) s"
        case .minute: return "\(name) is \(text(vocabulary.secondsLimit)) s to under \(text(vocabulary.minuteLimit)) s"
        case .minutes:
            return "\(name) is \(text(vocabulary.minuteLimit)) s to under \(text(vocabulary.minutesLimit)) s"
        case .hours, .continuous: return "\(name) is \(text(vocabulary.minutesLimit)) s or more"
        }
    }
}
