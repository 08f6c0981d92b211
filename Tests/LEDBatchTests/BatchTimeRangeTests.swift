import Testing

@testable import LEDBatch

/// One range and one precision for the times of every format (docs/scale-out.md, "TIME"): a time is
/// at most ``BatchTimestamp/range`` seconds from 1970, numeric (exponents too) or ISO-8601; beyond
/// it the line is rejected as out of range, whatever the format.
@Suite("Batch time range and precision")
struct BatchTimeRangeTests {
    /// A line of `format` with the time written as `time` (a JSON number for jsonl).
    static func line(_ format: BatchInputFormat, time: String, state: String = "on") -> String {
        switch format {
        case .plain: return "\(time) d mini red \(state)"
        case .logfmt: return "ts=\(time) device=d model=mini led=red state=\(state)"
        case .csv: return "\(time),d,mini,red,\(state)"
        case .jsonl:
            let value = time.contains(":") ? "\"\(time)\"" : time
            return #"{"time": \#(value), "device": "d", "model": "mini", "color": "red", "state": "\#(state)"}"#
        case .typed: return "\(time) d mini: solid red"
        }
    }

    /// `lines` in `format`, under a CSV header when the format needs one; the line numbers of the
    /// records are 1-based record numbers either way.
    static func parse(_ lines: [String], _ format: BatchInputFormat) -> (times: [Double], errors: [(Int, String)]) {
        let header = format == .csv ? "time,device,model,color,state\n" : ""
        let result = BatchTestSupport.parse(header + lines.joined(separator: "\n") + "\n", format: format)
        let shift = format == .csv ? 1 : 0
        return (result.lines.compactMap(\.time), result.errors.map { ($0.0 - shift, $0.1) })
    }

    static let formats: [BatchInputFormat] = [.plain, .logfmt, .csv, .jsonl]

    struct Accepted: Sendable, CustomTestStringConvertible {
        var time: String
        var seconds: Double
        var testDescription: String { time }
    }

    /// Times inside the range, in every form: each format reads the same instant.
    static let inRange: [Accepted] = [
        Accepted(time: "1733240000.123", seconds: 1_733_240_000.123),
        Accepted(time: "99999999999.999", seconds: 99_999_999_999.999),
        Accepted(time: "-99999999999", seconds: -99_999_999_999),
        Accepted(time: "2e3", seconds: 2000),
        Accepted(time: "1.7e9", seconds: 1.7e9),
        Accepted(time: "-2E+3", seconds: -2000),
        Accepted(time: "25E-1", seconds: 2.5),
        Accepted(time: "2026-11-20T08:00:00.038Z", seconds: 1_795_161_600.038),
        Accepted(time: "5138-11-16T09:46:39Z", seconds: 99_999_999_999),
    ]

    @Test("a time inside the range reads the same in every format", arguments: formats, inRange)
    func readsInRange(_ format: BatchInputFormat, _ input: Accepted) {
        let result = Self.parse([Self.line(format, time: input.time)], format)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.times.count == 1 && abs((result.times.first ?? 0) - input.seconds) < 1e-6, "\(result.times)")
    }

    /// Times past the range: the line is rejected, naming the time, in every format.
    static let pastRange = [
        "100000000000", "-100000000000", "1733240000123", "9007199254740993", "9007199254740993.2", "1e11", "9e15",
        "1e14", "1e309", String(repeating: "9", count: 30), "5139-01-01T00:00:00Z", "9999-12-31T23:59:59Z",
    ]

    @Test("a time past the range rejects its line as out of range", arguments: formats, pastRange)
    func rejectsOutOfRange(_ format: BatchInputFormat, _ time: String) {
        let result = Self.parse([Self.line(format, time: time), Self.line(format, time: "12", state: "off")], format)
        #expect(result.times == [12])
        #expect(result.errors.count == 1 && result.errors.first?.0 == 1, "\(result.errors)")
        let message = result.errors.first?.1 ?? ""
        #expect(message.hasPrefix("time \"\(time.prefix(40))"), "\(message)")
        #expect(message.contains("is out of range"), "\(message)")
    }

    /// Near the edge of the range a time still keeps its milliseconds: a 0.2 s pulse lasts 0.2 s.
    @Test("a pulse near the edge of the range keeps its milliseconds", arguments: formats)
    func precision(_ format: BatchInputFormat) {
        let result = Self.parse(
            [Self.line(format, time: "99999999990"), Self.line(format, time: "99999999990.2", state: "off")], format)
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.times.count == 2)
        let pulse = (result.times.last ?? 0) - (result.times.first ?? 0)
        #expect(abs(pulse - 0.2) < 0.000_5, "\(pulse)")
    }

    @Test("the public reader says no to a time past the range")
    func publicReader() {
        for time in ["1e11", "100000000000", "9007199254740993"] {
            let value = Array(time.utf8).withUnsafeBytes { BatchTimestamp.seconds($0) }
            #expect(value == nil, "\(time) → \(String(describing: value))")
        }
    }
}
