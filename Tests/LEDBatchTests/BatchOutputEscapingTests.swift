import Testing

@testable import LEDBatch

/// A log is someone else's text (#16, item 15): what it writes reaches a terminal or a spreadsheet
/// only defused — control characters written out in text, formula starts quoted in CSV.
@Suite struct BatchOutputEscapingTests {
    @Test("control characters are written out; a tab stays")
    func visible() {
        #expect(BatchRecordRenderer.visible("cam\u{1B}[2J") == "cam\\u{1B}[2J")
        #expect(BatchRecordRenderer.visible("a\u{7}b\u{9B}c") == "a\\u{7}b\\u{9B}c")
        #expect(BatchRecordRenderer.visible("porch\tcam") == "porch\tcam")
        #expect(BatchRecordRenderer.visible("Küche") == "Küche")
    }

    @Test(
        "a CSV field that starts like a formula gets a leading quote mark", arguments: ["=", "+", "-", "@", "\t", "\r"])
    func inert(start: String) {
        #expect(BatchRecordRenderer.inert(start + "cmd|' /C calc'!A0") == "'" + start + "cmd|' /C calc'!A0")
        #expect(BatchRecordRenderer.inert("porch") == "porch")
        #expect(BatchRecordRenderer.inert("") == "")
    }

    @Test("a device named like a formula reaches the CSV quoted")
    func csvDevice() throws {
        let log = """
            2026-11-20T08:00:01.000Z =HYPERLINK("x") outdoor-4 red on
            2026-11-20T08:00:01.200Z =HYPERLINK("x") outdoor-4 red off

            """
        var options = BatchOptions(jobs: 1)
        options.outputFormat = .csv
        let (output, _) = try BatchTestSupport.run(log, options: options)
        let record = try #require(output.split(separator: "\n").dropFirst().first)
        #expect(record.hasPrefix("\"'=HYPERLINK(\"\"x\"\")\""), "\(record)")
    }

    @Test("an unknown model with control characters is warned about with them written out")
    func unknownModelWarning() throws {
        let log = """
            {"time": "2026-11-20T08:00:01.000Z", "device": "cam", "model": "\\u001b[2Jx", "color": "red", "state": "on"}

            """
        let (_, summary) = try BatchTestSupport.run(log, name: "esc\u{1B}.jsonl")
        let warning = try #require(summary.warnings.first { $0.contains("unknown model") })
        #expect(!warning.unicodeScalars.contains("\u{1B}"))
        #expect(warning.contains("esc\\u{1B}.jsonl:1: unknown model \"\\u{1B}[2Jx\""))
    }
}
