import Foundation
import TestSupport
import Testing

/// #16, item 4: how an interrupted batch ends — open episodes counted unless asked to finish them, and
/// a second signal that exits at once without cutting a record.
@Suite("Interrupting a batch")
struct InterruptionTests {
    @Test("by default the episodes open at Ctrl-C are counted in the summary, not diagnosed")
    func openEpisodesAreCounted() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let summaryPath = folder.appendingPathComponent("summary.json").path
        let run = try LEDDiagProcess(binary, ["batch", "--jobs", "1", "--summary", summaryPath])
        // d's first episode is closed by the dark gap before 30; d's second and e's are open at Ctrl-C.
        try run.input.fileHandleForWriting.write(
            contentsOf: Data("12 d mini red on\n13 d mini red off\n30 d mini red on\n31 e mini red on\n".utf8))
        #expect(run.interruptWhileWaiting(with: SIGINT), "still running 30 s after Ctrl-C, with the input open")
        let output = run.readLines(Int.max)
        #expect(run.wait(timeout: 60) == 130)
        let records = output.split(separator: "\n")
        #expect(records.count == 1 && records[0].contains("\"lines\":[1,2]"), "\(output)")
        let error = run.standardError
        #expect(error.contains("interrupted; 2 open episodes not diagnosed (--finish-on-interrupt"), "\(error)")
        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
        #expect(summary.contains("\"undiagnosed\":2") && summary.contains("\"interrupted\":true"), "\(summary)")
    }

    @Test("a second signal exits at once (143), and what the reader gets ends between two whole records")
    func secondSignalKeepsRecordsWhole() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        // 4 000 short episodes: several MiB of records, far more than the pipe holds.
        var log = ""
        for episode in 0..<4_000 {
            let start = episode * 20
            log += "\(start) cam\(episode % 7) mini red on\n\(start + 1) cam\(episode % 7) mini red off\n"
        }
        let path = folder.appendingPathComponent("rig.log").path
        try log.write(toFile: path, atomically: true, encoding: .utf8)
        let run = try LEDDiagProcess(binary, ["batch", "--jobs", "1", path])
        let handle = run.output.fileHandleForReading
        var data = handle.availableData
        // The batch now blocks in writing its 1 MiB buffer into the pipe, which is read slowly below: the
        // signals land in the middle of that write.
        kill(run.process.processIdentifier, SIGTERM)
        usleep(50_000)
        kill(run.process.processIdentifier, SIGTERM)
        while true {
            let chunk = handle.availableData
            if chunk.isEmpty { break }
            data.append(chunk)
            usleep(10_000)
        }
        #expect(run.wait(timeout: 60) == 143)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.utf8.count > 65_536, "more than a pipe's worth arrived: \(text.utf8.count) bytes")
        let ending = String(text.suffix(80))
        #expect(ending.hasSuffix("}\n"), "the output ends inside a record")
        let records = text.split(separator: "\n")
        #expect(records.allSatisfy { $0.hasPrefix("{\"observation\":") && $0.hasSuffix("}") })
    }
}
