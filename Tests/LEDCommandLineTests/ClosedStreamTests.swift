import Foundation
import TestSupport
import Testing

/// A command started with a standard stream closed (`2>&-`, `>&-`, `<&-`) neither traps nor writes what
/// belongs to the closed stream into the first file it opens.
@Suite struct ClosedStreamTests {
    /// The exit status of `leddiag arguments… redirections` run by the shell.
    static func run(_ arguments: [String], redirections: String) throws -> Int32 {
        try LEDDiagCLI.runInShell(arguments, redirections: redirections).status
    }

    @Test(
        "a closed standard stream is not a crash: the exit status is the one the command documents",
        arguments: [
            (["diagnose", ""], "2>&-", Int32(2)),
            (["diagnose", "--device", "outdoor-4", "red x6 after blue"], ">&- 2>&-", Int32(0)),
            (["diagnose", "--device", "outdoor-4", "red x6 after blue"], "<&-", Int32(0)),
            (["devices"], ">&-", Int32(0)),
        ])
    func closedStreamIsNotACrash(arguments: [String], redirections: String, status: Int32) throws {
        #expect(try Self.run(arguments, redirections: redirections) == status)
    }

    @Test(
        "standard output that cannot be written (a full disk) is exit status 2, not a silent success",
        arguments: [["diagnose", "--device", "outdoor-4", "red x6 after blue"], ["devices"], ["patterns", "list"]])
    func fullDiskIsAnError(arguments: [String]) throws {
        #expect(try Self.run(arguments, redirections: ">/dev/full") == 2)
    }

    @Test(
        "a file output that cannot be written is exit status 2, and a device named as one stays a device",
        arguments: [
            ["explain", "--device", "outdoor-4", "--svg", "/dev/full", "red x6 after blue"],
            ["batch", "--quiet", "--summary", "/dev/full", "LOG"],
            ["batch", "--quiet", "--errors", "/dev/full", "LOG"],
        ])
    func fullDiskFileOutput(arguments: [String]) throws {
        let log = TestPaths.repository.appendingPathComponent("Samples/batch/fleet.plain.log").path
        let arguments = arguments.map { $0 == "LOG" ? log : $0 }
        #expect(try Self.run(arguments, redirections: "") == 2)
        var info = stat()
        #expect(stat("/dev/full", &info) == 0 && info.st_mode & S_IFMT == S_IFCHR, "/dev/full was replaced")
    }

    @Test("batch --errors FILE with standard error closed: FILE holds error records only, not the summary")
    func errorsFileKeepsItsOwnContent() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("in.log")
        try "12 cam-1 mini red on\n12.2 cam-1 mini red off\nnot a line\n".write(
            to: log, atomically: true, encoding: .utf8)
        let errors = folder.appendingPathComponent("errors.jsonl")
        _ = try Self.run(["batch", "--errors", errors.path, log.path], redirections: "2>&-")
        let written = try String(contentsOf: errors, encoding: .utf8)
        let lines = written.split(separator: "\n")
        #expect(!lines.isEmpty)
        #expect(lines.allSatisfy { $0.hasPrefix("{") }, "\(written)")
    }
}

/// `leddiag batch` never writes an output over an input, nor one output over another (#16, item 3).
@Suite struct OutputOverInputTests {
    static let log = "12 cam-1 mini red on\n12.2 cam-1 mini red off\nnot a line\n"

    @Test(
        "an output that is an input, or another output, is refused (exit 2) and the input is left as it was",
        arguments: [
            (["--errors", "LOG", "LOG"], ""),
            (["--summary", "LOG", "LOG"], ""),
            (["LOG"], ">> LOG"),
            (["--errors", "OUT", "--summary", "OUT", "LOG"], ""),
            (["--errors", "OUT", "LOG"], "> OUT"),
        ])
    func refused(arguments: [String], redirections: String) throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("in.log")
        let out = folder.appendingPathComponent("out.txt")
        try Self.log.write(to: log, atomically: true, encoding: .utf8)
        let paths = { (text: String) in
            text.replacingOccurrences(of: "LOG", with: log.path).replacingOccurrences(of: "OUT", with: out.path)
        }
        let status = try ClosedStreamTests.run(["batch"] + arguments.map(paths), redirections: paths(redirections))
        #expect(status == 2)
        #expect(try String(contentsOf: log, encoding: .utf8) == Self.log)
    }
}
