import Foundation
import LEDDiagnostics
import TestSupport
import Testing

@testable import LEDCommandLine

/// #15, item 2: a `--patterns` catalog's examples run when it changed, not on every load; a failing
/// one warns, naming its rule, instead of refusing to diagnose — every load, from the remembered check.
@Suite("Examples checked once")
struct ExampleCheckCacheTests {
    @Test("the key changes with any file's name or text, and with leddiag's version")
    func key() {
        let files = [CatalogFile(name: "a.yaml", text: "rules: []"), CatalogFile(name: "b.yaml", text: "x")]
        let key = ExampleCheckCache.key(files)
        #expect(key.count == 32 && key.allSatisfy(\.isHexDigit))
        #expect(ExampleCheckCache.key(files) == key)
        #expect(ExampleCheckCache.key([files[0], CatalogFile(name: "b.yaml", text: "y")]) != key)
        #expect(ExampleCheckCache.key([files[0], CatalogFile(name: "c.yaml", text: "x")]) != key)
        #expect(
            ExampleCheckCache.key([
                CatalogFile(name: "a.yaml", text: "rules: []x"), CatalogFile(name: "b.yaml", text: ""),
            ]) != key)
        #expect(ExampleCheckCache.key(files, version: "9.9.9") != key)
    }

    @Test("XDG_CACHE_HOME, else HOME/.cache; a relative or missing one is not used")
    func directory() {
        #expect(
            ExampleCheckCache(environment: ["XDG_CACHE_HOME": "/c", "HOME": "/h"]).directory == "/c/leddiag/examples")
        #expect(
            ExampleCheckCache(environment: ["XDG_CACHE_HOME": "c", "HOME": "/h"]).directory
                == "/h/.cache/leddiag/examples")
        #expect(ExampleCheckCache(environment: [:]).directory == nil)
    }

    @Test(
        """
        a failing example warns and names its rule, the diagnosis goes on; the check is remembered with its \
        failures, which are warned about again without running the examples, unless --check-examples
        """)
    func failingExampleAndTheCache() throws {
        let root = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("patterns")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // The rule matches amber, which its no_match example is: that example fails.
        let file = HardeningSupport.hostileCatalogFile([(id: "amber-rule", pattern: "amber")])
        try file.text.write(to: folder.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let cache = root.appendingPathComponent("cache").path
        let arguments = ["diagnose", "--patterns", folder.path, "red x6 after blue"]
        let warning = "warning: 1 example of your catalog fail (\"amber-rule\")"

        let first = try LEDDiagCLI.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stderr.contains(warning), "\(first.stderr)")
        let files = Catalog.builtinFiles + (try CatalogOptions.files(in: folder.path))
        let entries = ExampleCheckCache(environment: ["XDG_CACHE_HOME": cache])
        #expect(entries.outcome(files) == ExampleCheckCache.Outcome(failures: 1, rules: ["amber-rule"]))
        let again = try LEDDiagCLI.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        #expect(again.stderr.contains(warning), "the remembered failure is warned about again: \(again.stderr)")

        // What the cache says is what is warned about: the examples did not run again.
        entries.remember(.init(failures: 3, rules: ["amber-rule", "other-rule"]), for: files)
        let cached = try LEDDiagCLI.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        #expect(cached.status == 0, "\(cached.stderr)")
        #expect(cached.stderr.contains("3 examples of your catalog fail (\"amber-rule\", \"other-rule\")"))
        let forced = try LEDDiagCLI.run(
            ["diagnose", "--check-examples", "--patterns", folder.path, "red x6 after blue"],
            environment: ["XDG_CACHE_HOME": cache])
        #expect(forced.stderr.contains(warning), "\(forced.stderr)")
        #expect(entries.outcome(files)?.failures == 1, "--check-examples remembers what it found")
        // Marked as passed: no warning.
        entries.remember(.passed, for: files)
        let passed = try LEDDiagCLI.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        #expect(passed.status == 0 && !passed.stderr.contains("amber-rule"), "\(passed.stderr)")
    }

    @Test("a catalog whose examples pass is remembered")
    func passingCatalogIsRemembered() throws {
        let root = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("patterns")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = HardeningSupport.hostileCatalogFile([(id: "violet-rule", pattern: "violet")])
        try file.text.write(to: folder.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let cache = root.appendingPathComponent("cache")
        let result = try LEDDiagCLI.run(
            ["diagnose", "--patterns", folder.path, "red x6"], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(result.status == 0 && result.stderr.isEmpty, "\(result.stderr)")
        let files = Catalog.builtinFiles + (try CatalogOptions.files(in: folder.path))
        #expect(ExampleCheckCache(environment: ["XDG_CACHE_HOME": cache.path]).outcome(files) == .passed)
    }
}
