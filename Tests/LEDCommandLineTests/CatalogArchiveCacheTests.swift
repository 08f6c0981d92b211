import Foundation
import LEDDiagnostics
import TestSupport
import Testing

@testable import LEDCommandLine

/// #15: a `--patterns` file's YAML is parsed once per change; later loads read the parsed form from the
/// user's cache. The cache may only make loading faster: the catalog, the diagnoses and the errors are the
/// same with it, without it, and with a damaged entry.
@Suite("Parsed catalogs remembered")
struct CatalogArchiveCacheTests {
    /// A folder holding one catalog file with the rules `ids`, and a cache folder beside it.
    static func setUp(_ ids: [String]) throws -> (root: URL, folder: URL, cache: String) {
        let root = try HardeningSupport.temporaryFolder()
        let folder = root.appendingPathComponent("patterns")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = HardeningSupport.hostileCatalogFile(ids.map { (id: $0, pattern: "violet") })
        try file.text.write(to: folder.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        return (root, folder, root.appendingPathComponent("cache").path)
    }

    @Test("a second load reads the remembered parse and gives the same diagnosis; a changed file is parsed anew")
    func remembered() throws {
        let (root, folder, cache) = try Self.setUp(["violet-rule"])
        defer { try? FileManager.default.removeItem(at: root) }
        let arguments = ["diagnose", "--format", "json", "--patterns", folder.path, "solid white"]
        let entries = CatalogArchiveCache(environment: ["XDG_CACHE_HOME": cache])
        let uncached = try LEDDiagCLI.run(
            arguments, environment: ["XDG_CACHE_HOME": root.appendingPathComponent("none").path])

        let first = try LEDDiagCLI.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        let files = try CatalogOptions.files(in: folder.path)
        let path = try #require(entries.directory) + "/" + CatalogArchiveCache.key(files[0])
        #expect(FileManager.default.fileExists(atPath: path), "the parse is remembered")
        let second = try LEDDiagCLI.run(arguments, environment: ["XDG_CACHE_HOME": cache])
        #expect(first.status == 0 && second.status == 0, "\(first.stderr)\(second.stderr)")
        #expect(second.stdout == first.stdout && first.stdout == uncached.stdout)
        #expect(first.stdout.contains("violet-rule"))

        // The entry is what a later load reads: one naming another rule shows through.
        let other = HardeningSupport.hostileCatalogFile([(id: "from-the-cache", pattern: "violet")])
        let archive = try #require(CatalogLoader().archive(other))
        try archive.write(toFile: path, atomically: true, encoding: .utf8)
        let listed = try LEDDiagCLI.run(
            ["patterns", "list", "--patterns", folder.path], environment: ["XDG_CACHE_HOME": cache])
        #expect(listed.stdout.contains("from-the-cache") && !listed.stdout.contains("violet-rule"), "\(listed.stdout)")

        // A changed file has another entry: its YAML is parsed again.
        let changed = HardeningSupport.hostileCatalogFile([(id: "renamed-rule", pattern: "violet")])
        try changed.text.write(to: folder.appendingPathComponent("own.yaml"), atomically: true, encoding: .utf8)
        let after = try LEDDiagCLI.run(
            ["patterns", "list", "--patterns", folder.path], environment: ["XDG_CACHE_HOME": cache])
        #expect(after.stdout.contains("renamed-rule") && !after.stdout.contains("from-the-cache"), "\(after.stdout)")
    }

    @Test("a damaged entry is parsed again from the YAML; a file that does not parse is never remembered")
    func damagedAndBroken() throws {
        let (root, folder, cache) = try Self.setUp(["violet-rule"])
        defer { try? FileManager.default.removeItem(at: root) }
        let entries = CatalogArchiveCache(environment: ["XDG_CACHE_HOME": cache])
        let list = ["patterns", "list", "--patterns", folder.path]
        _ = try LEDDiagCLI.run(list, environment: ["XDG_CACHE_HOME": cache])
        let files = try CatalogOptions.files(in: folder.path)
        let path = try #require(entries.directory) + "/" + CatalogArchiveCache.key(files[0])
        try "M1,1,9:garbage".write(toFile: path, atomically: true, encoding: .utf8)
        let damaged = try LEDDiagCLI.run(list, environment: ["XDG_CACHE_HOME": cache])
        #expect(damaged.status == 0 && damaged.stdout.contains("violet-rule"), "\(damaged.stderr)")

        let broken = folder.appendingPathComponent("broken.yaml")
        try "rules: [unclosed\n".write(to: broken, atomically: true, encoding: .utf8)
        let uncached = try LEDDiagCLI.run(
            list, environment: ["XDG_CACHE_HOME": root.appendingPathComponent("none").path])
        let refused = try LEDDiagCLI.run(list, environment: ["XDG_CACHE_HOME": cache])
        let again = try LEDDiagCLI.run(list, environment: ["XDG_CACHE_HOME": cache])
        #expect(refused.status != 0 && refused.stderr.contains("broken.yaml"), "\(refused.stderr)")
        #expect(refused.stderr == uncached.stderr && again.stderr == refused.stderr)
        let brokenFile = CatalogFile(name: broken.path, text: try String(contentsOf: broken, encoding: .utf8))
        #expect(
            !FileManager.default.fileExists(
                atPath: path.replacingOccurrences(
                    of: CatalogArchiveCache.key(files[0]), with: CatalogArchiveCache.key(brokenFile))))
    }
}
