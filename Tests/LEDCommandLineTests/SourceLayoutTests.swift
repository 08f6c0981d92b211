import Foundation
import TestSupport
import Testing

/// The layout docs/ARCHITECTURE.md promises is the layout of Sources/: every target imports exactly the
/// targets its row of the "Targets" table names (so no target reaches one above it), and the tree stays
/// readable — at most 20 Swift files side by side in a folder, no Swift file over 400 lines.
@Suite struct SourceLayoutTests {
    /// Modules of the platform and the toolchain; a target may import them without a row saying so.
    static let platformModules: Set<String> = ["Foundation", "Glibc", "Musl", "Darwin", "Dispatch"]

    static let sources = TestPaths.repository.appendingPathComponent("Sources")

    /// The rows of ARCHITECTURE.md's "Targets" table: a target and the modules it imports.
    static func documentedArrows() throws -> [String: Set<String>] {
        let text = try String(
            contentsOf: TestPaths.repository.appendingPathComponent("docs/ARCHITECTURE.md"), encoding: .utf8)
        guard let start = text.range(of: "\n## Targets\n") else { return [:] }
        var arrows: [String: Set<String>] = [:]
        for line in text[start.upperBound...].split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("#") { break }
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            guard cells.count > 3, cells[1].hasPrefix("`") else { continue }
            let target = cells[1].trimmingCharacters(in: CharacterSet(charactersIn: "`"))
            let imports =
                cells[2] == "—"
                ? []
                : cells[2].split(separator: ",").map {
                    $0.trimmingCharacters(in: CharacterSet(charactersIn: "` "))
                }
            arrows[target] = Set(imports)
        }
        return arrows
    }

    /// The Swift files under `folder`, recursively.
    static func swiftFiles(in folder: URL) -> [URL] {
        let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)
        return (walker?.allObjects as? [URL] ?? []).filter { $0.pathExtension == "swift" }
    }

    /// The modules the Swift files of `target` import (any access level, `@_exported` included).
    static func imports(of target: String) throws -> Set<String> {
        var modules: Set<String> = []
        for file in swiftFiles(in: sources.appendingPathComponent(target)) {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n") {
                let words = line.split(separator: " ")
                guard let index = words.firstIndex(of: "import"), index + 1 < words.count,
                    words[..<index].allSatisfy({ ["@_exported", "public", "package", "internal"].contains($0) })
                else { continue }
                modules.insert(String(words[index + 1]))
            }
        }
        return modules.subtracting(platformModules)
    }

    @Test("every target of Sources/ has a row in ARCHITECTURE.md's Targets table, and no row names a missing one")
    func everyTargetIsDocumented() throws {
        let documented = Set(try Self.documentedArrows().keys)
        let folders = try FileManager.default.contentsOfDirectory(atPath: Self.sources.path)
            .filter { !$0.hasPrefix(".") }
        #expect(!documented.isEmpty, "docs/ARCHITECTURE.md has no '## Targets' table")
        #expect(documented == Set(folders))
    }

    @Test("each target imports exactly what its row says: the arrows of ARCHITECTURE.md are the imports")
    func arrowsAreTheImports() throws {
        for (target, arrows) in try Self.documentedArrows() {
            let imports = try Self.imports(of: target)
            #expect(imports == arrows, "\(target) imports \(imports.sorted()), its row says \(arrows.sorted())")
        }
    }

    @Test("no folder of Sources/ holds more than 20 Swift files side by side, no Swift file has more than 400 lines")
    func foldersAndFilesStaySmall() throws {
        var perFolder: [String: Int] = [:]
        for file in Self.swiftFiles(in: Self.sources) {
            perFolder[file.deletingLastPathComponent().path, default: 0] += 1
            let lines = try String(contentsOf: file, encoding: .utf8).utf8.count { $0 == UInt8(ascii: "\n") }
            #expect(lines <= 400, "\(file.path) has \(lines) lines")
        }
        for (folder, count) in perFolder {
            #expect(count <= 20, "\(folder) holds \(count) Swift files")
        }
    }
}
