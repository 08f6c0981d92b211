import Foundation
import TestSupport
import Testing

/// `leddiag batch` on gzip and zstd logs, as a person runs it: a file or standard input, told by its first
/// bytes; a damaged one exits 2 naming the compressed byte, after writing what came before it.
@Suite("batch: compressed input end to end")
struct CompressedInputCLITests {
    /// The records of `output` with `source.file` taken out, in order.
    static func recordsWithoutFile(_ output: String) -> [String] {
        output.split(separator: "\n").map {
            $0.replacingOccurrences(of: #""file":"[^"]*""#, with: "", options: .regularExpression)
        }
    }

    @Test("a .gz file, a .zst file and a zstd stream on standard input give the plain file's records")
    func sameRecords() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let sample = TestPaths.repository.appendingPathComponent("Samples/batch/fleet.logfmt.log")
        let plain = Array(try Data(contentsOf: sample))
        let gz = folder.appendingPathComponent("fleet.log.gz")
        let zst = folder.appendingPathComponent("fleet.log.zst")
        try Data(Compressed.gzip(plain)).write(to: gz)
        try Data(Compressed.zstd(plain)).write(to: zst)

        let expected = try LEDDiagCLI.run(["batch", "--format", "jsonl", "--quiet", sample.path])
        #expect(expected.status == 3, "the sample has one bad line")
        let records = Self.recordsWithoutFile(expected.stdout)
        #expect(records.count > 5)
        for path in [gz.path, zst.path] {
            let got = try LEDDiagCLI.run(["batch", "--format", "jsonl", "--quiet", path])
            #expect(got.status == 3, "\(path): \(got.stderr)")
            #expect(Self.recordsWithoutFile(got.stdout) == records, "\(path)")
            #expect(got.stdout.contains("\"file\":\"\(path)\""))
        }
        let piped = try LEDDiagCLI.runInShell(
            ["batch", "--format", "jsonl", "--quiet", "--stdin-name", "piped"], redirections: "< '\(zst.path)'")
        #expect(piped.status == 3, "\(piped.stderr)")
        #expect(Self.recordsWithoutFile(piped.stdout) == records)
    }

    @Test("a truncated .gz: the episodes before the cut are written, --summary names it, exit 2 names the byte")
    func truncated() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = GeneratedLog.interleaved(seed: 21, devices: 60, episodesPerDevice: 6)
        let compressed = Compressed.gzip(Array(log.utf8))
        let cut = folder.appendingPathComponent("rig.log.gz")
        try Data(compressed.prefix(compressed.count * 3 / 4)).write(to: cut)
        let plain = folder.appendingPathComponent("rig.log")
        try Data(log.utf8).write(to: plain)
        let summary = folder.appendingPathComponent("summary.json")

        let got = try LEDDiagCLI.run(["batch", "--format", "jsonl", "--summary", summary.path, cut.path])
        let offset = compressed.count * 3 / 4
        #expect(got.status == 2)
        #expect(
            got.stderr.contains(
                "error: \(cut.path): damaged gzip data at compressed byte \(offset) (truncated: the data ends inside a "
                    + "gzip member); the whole lines before it were read"), "\(got.stderr)")
        let full = Set(Self.recordsWithoutFile(try LEDDiagCLI.run(["batch", "--format", "jsonl", plain.path]).stdout))
        let kept = Self.recordsWithoutFile(got.stdout)
        #expect(kept.count > 50, "the episodes closed before the cut are diagnosed")
        #expect(Set(kept).isSubset(of: full), "each one as the whole log has it")
        let written = try String(contentsOf: summary, encoding: .utf8)
        #expect(written.contains(#""damaged":[{"file":"\#(cut.path)","compression":"gzip","offset":\#(offset),"#))
    }

    @Test("--follow refuses a gzip or zstd file (and stream) by its first bytes: exit 2, nothing read as text")
    func followRefusesCompressed() throws {
        let folder = try TestPaths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = Array(GeneratedLog.interleaved(seed: 5, devices: 4, episodesPerDevice: 2).utf8)
        for (name, bytes, compression) in [
            ("rig.log.1", Compressed.gzip(log), "gzip"), ("rig.log.2", Compressed.zstd(log), "zstd"),
        ] {
            let file = folder.appendingPathComponent(name)
            try Data(bytes).write(to: file)
            let got = try LEDDiagCLI.run(["batch", "--follow", "--gap", "1", "--format", "jsonl", file.path])
            #expect(got.status == 2, "\(name): \(got.stderr)")
            #expect(got.stdout.isEmpty, "no record of binary garbage")
            #expect(
                got.stderr.contains(
                    "error: \(file.path) is \(compression)-compressed: --follow reads a log as it is written"),
                "\(got.stderr)")
            let piped = try LEDDiagCLI.runInShell(
                ["batch", "--follow", "--gap", "1", "--stdin-name", "piped"], redirections: "< '\(file.path)'")
            #expect(piped.status == 2, "\(piped.stderr)")
            #expect(piped.stderr.contains("piped is \(compression)-compressed"), "\(piped.stderr)")
        }
    }

    @Test("Ctrl-C while a gzip stream on standard input is stalled: what was decoded is diagnosed, exit 130")
    func interruptedWhileStalled() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let run = try LEDDiagProcess(binary, ["batch", "--jobs", "1", "--format", "jsonl"])
        // One whole member, then the pipe stays open: d's first episode is closed by the gap before 30.
        let log = "12 d mini red on\n13 d mini red off\n30 d mini red on\n31 e mini red on\n"
        try run.input.fileHandleForWriting.write(contentsOf: Data(Compressed.gzip(Array(log.utf8))))
        #expect(run.interruptWhileWaiting(with: SIGINT), "still running 30 s after Ctrl-C, with the input open")
        let output = run.readLines(Int.max)
        #expect(run.wait(timeout: 60) == 130)
        let records = output.split(separator: "\n")
        #expect(records.count == 1 && records[0].contains("\"lines\":[1,2]"), "\(output)")
        let error = run.standardError
        #expect(error.contains("interrupted; 2 open episodes not diagnosed"), "\(error)")
        #expect(!error.contains("damaged"), "an interrupted stream is not a damaged one")
    }
}
