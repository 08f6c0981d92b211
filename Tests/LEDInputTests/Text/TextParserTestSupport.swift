import LEDEngine
import Testing

@testable import LEDInput

/// One typed phrasing and the canonical string it must parse to.
struct TextCase: Sendable, CustomTestStringConvertible {
    var input: String
    var device: String?
    var canonical: String

    init(_ input: String, device: String? = nil, _ canonical: String) {
        self.input = input
        self.device = device
        self.canonical = canonical
    }

    var testDescription: String { device.map { "\(input) [\($0)]" } ?? input }
}

/// The device table the text-parser tests use: the catalog's models with natural aliases.
enum TextParserFixtures {
    static let devices = DeviceAliasTable([
        "Blink Mini": "mini", "Mini": "mini", "Mini 2": "mini-2", "Blink Mini 2": "mini-2",
        "Mini 2K+": "mini-2k-plus", "Blink Mini 2K+": "mini-2k-plus",
        "Indoor": "indoor", "Blink Indoor": "indoor", "Outdoor": "outdoor", "Blink Outdoor": "outdoor",
        "Outdoor 4": "outdoor-4", "Blink Outdoor 4": "outdoor-4",
        "XT": "xt", "Blink XT": "xt", "XT2": "xt2", "Blink XT2": "xt2",
        "Video Doorbell": "doorbell", "Blink Video Doorbell": "doorbell", "Doorbell": "doorbell",
        "Sync Module": "sync-module", "Sync Module 2": "sync-module-2", "Sync Module XR": "sync-module-xr",
    ])

    /// The built-in catalog's context phrases ("after the reset", "whenever someone walks by").
    static let contextPhrases = (try? Catalog.builtin().contextPhrases) ?? [:]

    static let parser = TextObservationParser(devices: devices, contextPhrases: contextPhrases)

    /// The fixtures' parser, with the Sync Modules' blue and green as separate LEDs (as the catalog has them).
    static let separateLEDParser = TextObservationParser(
        devices: devices, separateLEDs: ["sync-module": [.blue, .green], "sync-module-2": [.blue, .green]],
        contextPhrases: contextPhrases)

    /// Parses a case, recording the error when it fails.
    static func canonical(of testCase: TextCase) -> String? {
        do {
            return try parser.parse(testCase.input, device: testCase.device).canonical
        } catch {
            Issue.record("\(testCase.input) failed:\n\(error.description)")
            return nil
        }
    }
}

/// Every table of phrasings, for the round-trip tests.
enum TextParserCases {
    static var all: [TextCase] {
        issueExamples + colors + kinds + counts + timing + order + together + negation + contexts + devices + realWorld
    }
}
