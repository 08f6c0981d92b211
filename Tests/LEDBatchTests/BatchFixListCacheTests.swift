import LEDEngine
import Testing

@testable import LEDBatch

/// The batch writes fix lists it has written before from a cache keyed by their fixes: the
/// records must be the bytes they would be without it, and a changed list must not be served stale.
@Suite("Batch fix-list cache")
struct BatchFixListCacheTests {
    static let observations: [(text: String, device: String)] = [
        ("red x6 after blue", "outdoor-4"), ("solid blue, no blink", "outdoor-4"),
        ("blinking blue slowly after reset", "outdoor-4"),
        ("flashing red", "mini"), ("red x6 after blue", "outdoor-4"), ("solid red", "sync-module-2"),
        ("flashing red", "mini"),
    ]

    static func record(_ diagnosis: Diagnosis, _ cache: inout BatchRecordRenderer.FixListCache) -> [UInt8] {
        var causes = BatchRecordRenderer.CauseCache(capacity: 1)
        return BatchRecordRenderer(format: .jsonl).episodeBytes(
            diagnosis, device: "cam", model: diagnosis.device, start: "1", end: "2", file: "f.log", first: 1, last: 2,
            fixLists: &cache, causes: &causes)
    }

    @Test("records written with a warm cache are the bytes written without one")
    func sameBytes() throws {
        let diagnoser = try Diagnoser.builtin()
        var shared = BatchRecordRenderer.FixListCache()
        var cached = 0
        for (text, device) in Self.observations + Self.observations {
            let diagnosis = try diagnoser.diagnose(text, device: device)
            var cold = BatchRecordRenderer.FixListCache(capacity: 1)
            #expect(Self.record(diagnosis, &shared) == Self.record(diagnosis, &cold), "\(text)")
            if !diagnosis.fixes.isEmpty { cached += 1 }
        }
        #expect(cached > 4, "too few diagnoses with fixes")
    }

    @Test("a changed fix list gets its own JSON, not the cached one")
    func changedList() throws {
        let diagnoser = try Diagnoser.builtin()
        var cache = BatchRecordRenderer.FixListCache()
        let diagnosis = try diagnoser.diagnose("red x6 after blue", device: "outdoor-4")
        try #require(!diagnosis.fixes.isEmpty)
        let original = String(decoding: Self.record(diagnosis, &cache), as: UTF8.self)
        var changed = diagnosis
        changed.fixes[0].title = "A title no catalog has"
        let rewritten = String(decoding: Self.record(changed, &cache), as: UTF8.self)
        #expect(!original.contains("A title no catalog has"))
        #expect(rewritten.contains("A title no catalog has"))
        // And the original is still served as it was.
        #expect(String(decoding: Self.record(diagnosis, &cache), as: UTF8.self) == original)
    }
}
