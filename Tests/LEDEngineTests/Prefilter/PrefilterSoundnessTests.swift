import Foundation
import TestSupport
import Testing

@testable import LEDEngine

/// #15, item 1: the prefilter changes no result. Every corpus and labelled-table observation and every
/// catalog example is diagnosed and explained with the prefilter and without it: the JSON (ranking,
/// evidence, near misses, question, fix plan) and the explanation are the same, byte for byte; and no
/// rule matches an observation without one of its literals.
@Suite("Prefilter soundness")
struct PrefilterSoundnessTests {
    static let catalog: Catalog? = try? Catalog.builtin()

    /// Every labelled observation beside the repository and in the fixtures, and every catalog example.
    static func observations() throws -> [(text: String, device: String?)] {
        var found: [(String, String?)] = []
        var tables = [TestPaths.corpus]
        let accuracy = TestPaths.accuracy
        for name in try FileManager.default.subpathsOfDirectory(atPath: accuracy.path) where name.hasSuffix(".tsv") {
            tables.append(accuracy.appendingPathComponent(name))
        }
        for url in tables where FileManager.default.fileExists(atPath: url.path) {
            let rows = try LabelledObservationReader.read(try String(contentsOf: url, encoding: .utf8), file: url.path)
            found += rows.map { ($0.text, $0.device) }
        }
        for rule in catalog?.rules ?? [] {
            found += (rule.matchExamples + rule.noMatchExamples).map { ($0.text, $0.device) }
        }
        return found
    }

    @Test("diagnoses and explanations are the same with and without the prefilter")
    func sameResults() throws {
        let catalog = try #require(Self.catalog)
        let filtered = Diagnoser(catalog: catalog)
        let full = Diagnoser(catalog: catalog, prefilter: false)
        let observations = try Self.observations()
        #expect(observations.count > 1_000)
        var compared = 0
        for (text, device) in observations {
            guard let observation = try? full.read(text, device: device) else { continue }
            let expected = full.diagnose(observation)
            let got = filtered.diagnose(observation)
            #expect(got.json() == expected.json(), "\(text)")
            #expect(filtered.explain(observation).json() == full.explain(observation).json(), "\(text)")
            compared += 1
        }
        #expect(compared > 1_000)
    }

    @Test("a rule that matches an observation finds one of its literals in the canonical string")
    func literalsAreRequired() throws {
        let catalog = try #require(Self.catalog)
        let diagnoser = Diagnoser(catalog: catalog, prefilter: false)
        for (text, device) in try Self.observations() {
            guard let observation = try? diagnoser.read(text, device: device) else { continue }
            let canonical = observation.canonical
            for rule in catalog.rules {
                guard case .anyOf(let literals) = RequiredLiterals(pattern: rule.resolvedPattern),
                    (try? rule.compiled.matches(canonical)) == true
                else { continue }
                let bytes = Array(canonical.utf8)
                let present = literals.contains { literal in
                    bytes.indices.contains { bytes[$0...].starts(with: literal) }
                }
                #expect(present, "rule \(rule.id) matches \(canonical) without any of its literals")
            }
        }
    }
}
