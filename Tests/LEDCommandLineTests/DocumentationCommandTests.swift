import Foundation
import TestSupport
import Testing

/// Documentation cannot go stale: every ```text block in README.md and docs/ that starts with a
/// `$ leddiag …` line shows exactly what that command prints (standard output, then standard error).
/// It runs in a folder holding the files the same document writes out in ```yaml blocks whose first line
/// names them (`# my-patterns/rules.yaml`).
@Suite struct DocumentationCommandTests {
    struct Example: CustomTestStringConvertible, Sendable {
        var document: String
        var arguments: [String]
        var shown: String
        var testDescription: String { "\(document): leddiag \(arguments.joined(separator: " "))" }
    }

    static let documents: [String] = {
        let docs = (try? FileManager.default.contentsOfDirectory(atPath: TestPaths.repository.path + "/docs")) ?? []
        return ["README.md"] + docs.filter { $0.hasSuffix(".md") }.sorted().map { "docs/" + $0 }
    }()

    /// The fenced blocks of `language` in `text`, in order.
    static func blocks(_ text: String, language: String) -> [String] {
        var found: [String] = []
        var rest = text[...]
        let fence = "```\(language)\n"
        while let open = rest.range(of: fence) {
            let body = rest[open.upperBound...]
            guard let close = body.range(of: "\n```") else { break }
            found.append(String(body[..<close.lowerBound]) + "\n")
            rest = body[close.upperBound...]
        }
        return found
    }

    static let examples: [Example] = documents.flatMap { document -> [Example] in
        guard let text = try? DocumentationOutputTests.text(document) else { return [] }
        return blocks(text, language: "text").compactMap { block in
            guard block.hasPrefix("$ leddiag "), let newline = block.firstIndex(of: "\n") else { return nil }
            let command = block[block.index(block.startIndex, offsetBy: 10)..<newline]
            return Example(
                document: document, arguments: words(command),
                shown: String(block[block.index(after: newline)...]))
        }
    }

    /// The words of a command line: split at spaces, except inside double quotes (which are removed).
    static func words(_ line: Substring) -> [String] {
        var words: [String] = []
        var word = ""
        var quoted = false
        var started = false
        for character in line {
            if character == "\"" {
                quoted.toggle()
                started = true
            } else if character == " " && !quoted {
                if started { words.append(word) }
                word = ""
                started = false
            } else {
                word.append(character)
                started = true
            }
        }
        if started { words.append(word) }
        return words
    }

    @Test("the documents show commands") func found() {
        #expect(Self.examples.count >= 3)
    }

    @Test("a `$ leddiag …` block shows what the command prints", arguments: examples)
    func output(_ example: Example) throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-docs")
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = try DocumentationOutputTests.text(example.document)
        for block in Self.blocks(text, language: "yaml") where block.hasPrefix("# ") {
            let name = String(block.dropFirst(2).prefix { $0 != "\n" })
            guard !name.contains(" "), name.hasSuffix(".yaml") else { continue }
            let file = folder.appendingPathComponent(name)
            try FileManager.default.createDirectory(
                at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try block.write(to: file, atomically: true, encoding: .utf8)
        }
        let process = Process()
        process.executableURL = binary
        process.arguments = example.arguments
        process.currentDirectoryURL = folder
        process.environment = LEDDiagCLI.environment()
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let warned = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let shown = String(decoding: printed + warned, as: UTF8.self)
        #expect(shown == example.shown, "run it and paste its output into \(example.document)")
    }
}
