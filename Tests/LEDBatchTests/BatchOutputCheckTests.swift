import Foundation
import TestSupport
import Testing

@testable import LEDBatch

/// #16, item 3: an output that is an input, or another output, under any spelling.
@Suite("Batch: outputs checked against inputs")
struct BatchOutputCheckTests {
    @Test(
        "the same file under another name is a conflict; a file of its own, or a device, is not",
        arguments: [
            ("the input itself", "in.log", "in.log", true),
            ("a hard link to it", "in.log", "hard.log", true),
            ("a symbolic link to it", "in.log", "soft.log", true),
            ("through . and ..", "in.log", "sub/../././in.log", true),
            ("another file", "in.log", "other.log", false),
            ("a file that does not exist yet", "in.log", "new.log", false),
            ("/dev/null", "in.log", "/dev/null", false),
        ])
    func outputOverInput(name: String, input: String, output: String, conflict: Bool) throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = { (name: String) in name.hasPrefix("/") ? name : folder.appendingPathComponent(name).path }
        let found = BatchOutputCheck.conflict(
            inputs: [.path(path(input))], outputs: [.path(path(output), name: "--errors \(output)")])
        #expect((found != nil) == conflict, "\(name)")
        if let found { #expect(found.otherIsInput && found.output == "--errors \(output)", "\(name)") }
    }

    @Test("two outputs that would be one file, even before either exists")
    func outputsCollide() throws {
        let folder = try Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = { (name: String) in folder.appendingPathComponent(name).path }
        let found = BatchOutputCheck.conflict(
            inputs: [.path(path("in.log"))],
            outputs: [.path(path("new.json"), name: "--errors"), .path(path("sub/../new.json"), name: "--summary")])
        #expect(found == BatchOutputCheck.Conflict(output: "--summary", other: "--errors", otherIsInput: false))
        let linked = BatchOutputCheck.conflict(
            inputs: [], outputs: [.path(path("other.log"), name: "a"), .path(path("other-link.log"), name: "b")])
        #expect(linked?.other == "a")
    }

    /// A folder with `in.log`, `other.log`, `sub/`, and links: `hard.log` and `soft.log` to `in.log`,
    /// `other-link.log` to `other.log`.
    static func folder() throws -> URL {
        let folder = try TestPaths.temporaryFolder(prefix: "leddiag-outputs")
        let manager = FileManager.default
        try manager.createDirectory(at: folder.appendingPathComponent("sub"), withIntermediateDirectories: true)
        for name in ["in.log", "other.log"] {
            try "12 d mini red on\n".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try manager.linkItem(at: folder.appendingPathComponent("in.log"), to: folder.appendingPathComponent("hard.log"))
        try manager.createSymbolicLink(
            at: folder.appendingPathComponent("soft.log"), withDestinationURL: folder.appendingPathComponent("in.log"))
        try manager.createSymbolicLink(
            at: folder.appendingPathComponent("other-link.log"),
            withDestinationURL: folder.appendingPathComponent("other.log"))
        return folder
    }
}
