import CatalogSyntax
import Testing

@testable import LEDEngine

@Suite("Embedded catalog archive")
struct CatalogArchiveTests {
    @Test("every built-in file is embedded pre-parsed, and the archive equals parsing its text")
    func builtinArchives() throws {
        #expect(!Catalog.builtinFiles.isEmpty)
        for file in Catalog.builtinFiles {
            let archive = try #require(file.archive, "\(file.name) was not pre-parsed")
            let decoded = try #require(CatalogNodeArchive.decode(archive), "\(file.name): malformed archive")
            #expect(decoded == (try CatalogNode.parse(yaml: file.text)), "\(file.name)")
        }
    }

    @Test("encode then decode gives the same tree, including non-ASCII text and positions")
    func roundTrip() throws {
        let yaml = """
            rules:
              - id: "ä-rule"
                pattern: 'red:blink:[56]:'
                weight: 0.9
                flags: [true, "true", ×6, '']
                text: |
                  two lines
                  with "quotes" and : colons
            """
        let node = try #require(try CatalogNode.parse(yaml: yaml))
        #expect(CatalogNodeArchive.decode(CatalogNodeArchive.encode(node)) == node)
    }

    @Test(
        "a malformed archive is rejected, never trusted",
        arguments: ["", "S1,1,1,5:abc", "Q1,1,2:S1,1,1,1:a", "X1,1:", "M1,1,1:S1,1,1,1:a", "S1,1,1,99999999999999:"])
    func malformed(_ archive: String) {
        #expect(CatalogNodeArchive.decode(archive) == nil)
    }
}
