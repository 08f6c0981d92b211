import Foundation
import TestSupport
import Testing

/// The command line under pressure: a closed output pipe, Ctrl-C during a batch, inputs that cannot
/// be read, and catalogs with hostile rules (`--patterns`). Runs the `leddiag` binary built beside
/// the tests.
@Suite("Hardening: the command line", .serialized)
struct HardeningCLITests {
    init() {
        // Writing to a child that has exited must be an error here, not a signal that ends the tests.
        signal(SIGPIPE, SIG_IGN)
    }

    /// A plain log of `episodes` one-pulse episodes over 20 devices (each device idle > 10 s between them).
    static func manyEpisodes(_ episodes: Int) -> String {
        var text = ""
        for index in 0..<episodes {
            let time = Double(index) * 0.6
            text += "\(time) dev\(index % 20) mini red on\n\(time + 0.3) dev\(index % 20) mini red off\n"
        }
        return text
    }

    @Test(
        "leddiag batch --summary s.json big.log | head -1: exits quietly, status 0, nothing on stderr, s.json written")
    func closedPipe() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("big.log").path
        // 1 500 records of ~2.5 KB: more than the pipe and the sink's 1 MiB buffer hold.
        try Self.manyEpisodes(1_500).write(toFile: path, atomically: true, encoding: .utf8)
        let summaryPath = folder.appendingPathComponent("s.json").path
        let run = try LEDDiagProcess(binary, ["batch", "--jobs", "2", "--summary", summaryPath, path])
        let first = run.readLines(1)
        #expect(first.hasPrefix("{\"observation\":"))
        try run.output.fileHandleForReading.close()  // `head -1` exits
        let status = run.wait(timeout: 120)
        #expect(status == 0)
        #expect(run.standardError.isEmpty, "stderr: \(run.standardError)")
        // #16, item 5: the summary file is still written, and says why the batch stopped.
        let summary = try String(contentsOfFile: summaryPath, encoding: .utf8)
        #expect(summary.contains("\"outputClosed\":true"), "\(summary)")
    }

    @Test(
        """
        Ctrl-C during a batch fed continuously: what was read is diagnosed and flushed, \
        the summary says interrupted, exit 130
        """
    )
    func interruptWhileReading() throws {
        let binary = try #require(LEDDiagCLI.executable)
        let run = try LEDDiagProcess(binary, ["batch", "--jobs", "2"])
        // A device blinking without end: long episodes, cheap to diagnose, lines arriving without pause.
        let writer = Thread {
            let handle = run.input.fileHandleForWriting
            var time = 0.0
            while true {
                var block = ""
                for _ in 0..<2_000 {
                    block += "\(time) porch mini red on\n\(time + 0.25) porch mini red off\n"
                    time += 0.5
                    if Int(time) % 120 == 0 { time += 15 }  // a dark gap: the episode before it can be diagnosed
                }
                do { try handle.write(contentsOf: Data(block.utf8)) } catch { return }
            }
        }
        writer.start()
        // Wait for the first records (after the first chunk), then press Ctrl-C.
        let first = run.readLines(1)
        #expect(first.hasPrefix("{\"observation\":"), "\(first.prefix(200))")
        kill(run.process.processIdentifier, SIGINT)
        let rest = run.readLines(Int.max)
        let status = run.wait(timeout: 120)
        #expect(status == 130)
        let records = (first + rest).split(separator: "\n")
        #expect(records.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") }, "whole records only")
        let error = run.standardError
        #expect(error.contains("interrupted"), "stderr: \(error)")
        #expect(!error.contains("Fatal") && !error.contains("Backtrace"))
    }

    @Test(
        """
        Ctrl-C, SIGTERM or SIGHUP while the batch waits for input (a stalled pipe): it stops, \
        what was read is diagnosed and flushed (--finish-on-interrupt: the open episodes too), the summary \
        says interrupted, exit 128 + the signal
        """,
        arguments: [SIGINT, SIGTERM, SIGHUP]
    )
    func interruptWhileWaiting(signal: Int32) throws {
        let binary = try #require(LEDDiagCLI.executable)
        let run = try LEDDiagProcess(binary, ["batch", "--jobs", "1", "--finish-on-interrupt"])
        try run.input.fileHandleForWriting.write(
            contentsOf: Data("12 d mini red on\n13 d mini red off\n14 e mini red on\n".utf8))
        // The reader looks at Ctrl-C every 100 ms while it waits (finding F1, fixed).
        #expect(run.interruptWhileWaiting(with: signal), "still running 30 s after Ctrl-C, with the input open")
        let output = run.readLines(Int.max)
        let status = run.wait(timeout: 60)
        #expect(status == 128 + signal)
        let records = output.split(separator: "\n")
        #expect(records.count == 2 && records.allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") }, "\(output)")
        #expect(
            output.contains("\"device\":\"d\"") && output.contains("\"device\":\"e\""), "open episodes are finished")
        let error = run.standardError
        #expect(error.contains("interrupted"), "stderr: \(error)")
        #expect(!error.contains("Fatal") && !error.contains("Backtrace"))
    }

    @Test(
        "inputs that cannot be read: a clear message, exit 2",
        arguments: [
            ("/nonexistent/rig.log", "error: cannot open /nonexistent/rig.log: No such file or directory"),
            ("/", "error: cannot read /: Is a directory"),
        ])
    func unreadable(path: String, message: String) throws {
        let result = try LEDDiagCLI.run(["batch", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains(message), "stderr: \(result.stderr)")
        #expect(!result.stderr.contains("Fatal"))
    }

    @Test("a file that vanishes before the batch reaches it: exit 2, the earlier file's records are whole")
    func vanishes() throws {
        let folder = try HardeningSupport.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = folder.appendingPathComponent("a.log").path
        try "12 d mini red on\n13 d mini red off\n".write(toFile: first, atomically: true, encoding: .utf8)
        let gone = folder.appendingPathComponent("gone.log").path
        let result = try LEDDiagCLI.run(["batch", first, gone])
        #expect(result.status == 2)
        #expect(result.stderr.contains("cannot open \(gone)"), "stderr: \(result.stderr)")
        #expect(result.stdout.split(separator: "\n").allSatisfy { $0.hasPrefix("{") && $0.hasSuffix("}") })
    }

    /// A folder holding a catalog file with hostile rules.
    static func hostileFolder(_ rules: [(id: String, pattern: String)] = HardeningSupport.hostilePatterns) throws -> URL
    {
        let folder = try HardeningSupport.temporaryFolder()
        let file = HardeningSupport.hostileCatalogFile(rules)
        try file.text.write(to: folder.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    @Test(
        """
        leddiag diagnose --patterns with a hostile rule: the diagnosis, and a warning (naming the rule with \
        --details)
        """
    )
    func diagnoseWithHostilePatterns() throws {
        // One rule: loading checks every example of the catalog, and the rule trips its limit on each.
        let folder = try Self.hostileFolder([HardeningSupport.hostilePatterns[0]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let canonical = HardeningSupport.longObservation(steps: 400).canonical
        let result = try LEDDiagCLI.run(["diagnose", "--details", "--patterns", folder.path, canonical])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(
            result.stdout.contains("warning: rule \"hostile-nested-class\" skipped: match limit exceeded"),
            "\(result.stdout)")
        let plain = try LEDDiagCLI.run(["diagnose", "--patterns", folder.path, canonical])
        #expect(plain.status == 0, "stderr: \(plain.stderr)")
        #expect(plain.stdout.contains("warning: 1 of leddiag's checks could not be finished"), "\(plain.stdout)")
    }

    @Test(
        """
        leddiag batch --format text with a hostile rule: stderr and --summary \
        name the skipped rule and count its episodes
        """
    )
    func batchSummaryCountsSkippedRules() throws {
        let folder = try Self.hostileFolder([HardeningSupport.hostilePatterns[1]])
        defer { try? FileManager.default.removeItem(at: folder) }
        let log = folder.appendingPathComponent("rig.log").path
        try GeneratedLog.interleaved(seed: 5, devices: 3, episodesPerDevice: 2).write(
            toFile: log, atomically: true, encoding: .utf8)
        let summaryPath = folder.appendingPathComponent("summary.json").path
        let result = try LEDDiagCLI.run([
            "batch", "--format", "text", "--patterns", folder.path, "--summary", summaryPath, log,
        ])
        #expect(result.status == 0, "stderr: \(result.stderr)")
        #expect(!result.stdout.contains("hostile-dot-star-star"), "text records carry no warnings")
        #expect(
            result.stderr.contains("warning: rule \"hostile-dot-star-star\" skipped on "), "stderr: \(result.stderr)")
        let json = try String(contentsOfFile: summaryPath, encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [String])
        let episodes = try #require(object["episodes"] as? Int)
        #expect(
            warnings == [
                "rule \"hostile-dot-star-star\" skipped on \(episodes) episodes: "
                    + "match limit exceeded (too much backtracking)"
            ])
    }

    @Test("leddiag patterns lint flags the hostile rules ahead of time")
    func lintWithHostilePatterns() throws {
        let folder = try Self.hostileFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try LEDDiagCLI.run(["patterns", "lint", folder.path])
        for rule in HardeningSupport.hostilePatterns {
            #expect(result.stdout.contains("rule \"\(rule.id)\""), "lint output: \(result.stdout)")
        }
        #expect(result.stdout.contains("limit") || result.stdout.contains("slow"))
    }
}
