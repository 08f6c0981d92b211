import Foundation
import TestSupport
import Testing

/// #16, item 16: a symbolic link under `--patterns` was skipped without a word.
@Suite("--patterns folders")
struct CatalogFolderTests {
    @Test("a symbolically linked folder is read; a link back into the catalog is skipped with a warning")
    func symbolicLinks() throws {
        let root = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let catalog = root.appendingPathComponent("catalog")
        let elsewhere = root.appendingPathComponent("elsewhere")
        let manager = FileManager.default
        try manager.createDirectory(at: catalog, withIntermediateDirectories: true)
        try manager.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        let file = HardeningSupport.hostileCatalogFile([(id: "linked-rule", pattern: "red:blink")])
        try file.text.write(to: elsewhere.appendingPathComponent("rules.yaml"), atomically: true, encoding: .utf8)
        try manager.createSymbolicLink(at: catalog.appendingPathComponent("linked"), withDestinationURL: elsewhere)
        try manager.createSymbolicLink(at: elsewhere.appendingPathComponent("loop"), withDestinationURL: catalog)

        let result = try LEDDiagCLI.run(["patterns", "list", "--no-builtin", "--patterns", catalog.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("linked-rule"), "\(result.stdout)")
        #expect(
            result.stderr.contains("warning: --patterns \(catalog.path): ")
                && result.stderr.contains("loop leads to") && result.stderr.contains("skipped"),
            "\(result.stderr)")
    }
}
