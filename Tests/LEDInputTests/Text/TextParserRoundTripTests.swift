import LEDCore
import PropertyBased
import Testing

@testable import LEDInput

/// Parsed observations survive canonical string → reader → writer unchanged, and so do random ones.
@Suite struct TextParserRoundTripTests {
    @Test(arguments: TextParserCases.all)
    func parsedTextRoundTrips(_ testCase: TextCase) throws {
        let parsed = try TextParserFixtures.parser.parse(testCase.input, device: testCase.device)
        let read = try CanonicalReader.observation(from: parsed.canonical)
        #expect(read == parsed.observation)
        #expect(read.canonical == parsed.canonical)
    }

    @Test(arguments: TextParserCases.all)
    func parsingTheCanonicalStringGivesTheSameObservation(_ testCase: TextCase) throws {
        let parsed = try TextParserFixtures.parser.parse(testCase.input, device: testCase.device)
        let again = try TextParserFixtures.parser.parse(parsed.canonical)
        #expect(again.observation == parsed.observation)
    }

    @Test func randomObservationsRoundTrip() async {
        await propertyCheck(count: 500, input: RandomObservations.observation) { observation in
            let text = observation.canonical
            let read = try CanonicalReader.observation(from: text)
            #expect(read == observation, "\(text)")
            #expect(read.canonical == text)
        }
    }
}

/// Generators of arbitrary (grammatical) observations.
enum RandomObservations {
    static let millis = Gen.int(in: 0...999_999_999)

    static let count = zip(
        Gen.int(in: 0...4), Gen.int(in: 1...BlinkCountLimits.maximum), Gen.int(in: 1...BlinkCountLimits.maximum)
    )
    .map { variant, a, b -> BlinkCount? in
        switch variant {
        case 0: return nil
        case 1: return .exactly(a)
        case 2: return a == b ? .exactly(a) : .between(min(a, b), max(a, b))
        case 3: return .few
        default: return .several
        }
    }

    static let duration = zip(Gen<DurationBucket>.case, millis, Gen.int(in: 0...2))
        .map { bucket, millis, variant -> EventDuration? in
            switch variant {
            case 0: return nil
            case 1: return EventDuration(bucket)
            default: return EventDuration(bucket: bucket, seconds: Double(millis) / 1000)
            }
        }

    static let timing = zip(millis, millis, Gen.int(in: 0...2))
        .map { on, off, variant -> PulseTiming? in
            switch variant {
            case 0: return nil
            case 1: return PulseTiming(on: Double(on) / 1000, off: nil)
            default: return PulseTiming(on: Double(on) / 1000, off: Double(off) / 1000)
            }
        }

    static let event = zip(
        Gen<LEDColor>.case.set(ofAtMost: 0...3), Gen<EventKind>.case, count, Gen<BlinkSpeed>.case.optional,
        duration, timing, Gen<EventFlag>.case.set(ofAtMost: 0...3)
    ).map { colors, kind, count, speed, duration, timing, flags in
        LEDEvent(
            colors: Array(colors), kind: kind, count: count, speed: speed, duration: duration, timing: timing,
            flags: flags)
    }

    static let observation = zip(
        Gen.element(of: ["mini", "outdoor-4", "sync-module-xr", "xt2"]).optional,
        Gen<ObservationContext>.case.set(ofAtMost: 0...4),
        event.array(of: 1...3).array(of: 0...5)
    ).map { device, contexts, steps in
        Observation(device: device.flatMap { $0 }, contexts: contexts, steps: steps.map(EventStep.init))
    }
}
