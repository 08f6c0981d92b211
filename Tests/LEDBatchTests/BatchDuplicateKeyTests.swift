import Testing

@testable import LEDBatch

/// A record that gives a field it uses twice is ambiguous: it is rejected, naming the key, rather than
/// read with one of the two guessed (docs/reliability.md). Keys the reader does not use may repeat.
@Suite("Batch duplicate keys")
struct BatchDuplicateKeyTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var line: String
        /// The error, or `nil` when the line is used.
        var message: String?
        var testDescription: String { line }
    }

    static let jsonLines: [Case] = [
        Case(
            line: #"{"time": 12, "time": 13, "device": "d", "color": "red", "state": "on"}"#,
            message: "duplicate member \"time\""),
        Case(
            line: #"{"time": 12, "device": "d", "device": "e", "color": "red", "state": "on"}"#,
            message: "duplicate member \"device\""),
        Case(
            line: #"{"time": 12, "device": "d", "color": "red", "state": "on", "state": "off"}"#,
            message: "duplicate member \"state\""),
        Case(
            line: #"{"time": 12, "device": "d", "model": "mini", "model": null, "color": "red", "state": "on"}"#,
            message: "duplicate member \"model\""),
        // Two names of one field are one field given twice.
        Case(
            line: #"{"time": 12, "ts": 13, "device": "d", "color": "red", "state": "on"}"#,
            message: "duplicate member \"ts\" (another name for \"time\")"),
        Case(
            line: #"{"time": 12, "device": "d", "color": "red", "led": "blue", "state": "on"}"#,
            message: "duplicate member \"led\" (another name for \"color\")"),
        // Members the reader does not use may repeat.
        Case(
            line: #"{"time": 12, "device": "d", "color": "red", "state": "on", "x": 1, "x": 2}"#, message: nil),
    ]

    @Test("JSON lines: a used member given twice rejects the line", arguments: jsonLines)
    func json(_ input: Case) {
        let result = BatchTestSupport.parse(input.line + "\n", format: .jsonl)
        #expect(result.errors.map(\.1) == (input.message.map { [$0] } ?? []), "\(result.errors)")
        #expect(result.lines.count == (input.message == nil ? 1 : 0))
    }

    static let logfmtLines: [Case] = [
        Case(line: "ts=12 ts=13 device=d led=red state=on", message: "duplicate key \"ts\""),
        Case(line: "ts=12 device=d device=e led=red state=on", message: "duplicate key \"device\""),
        Case(line: "ts=12 device=d led=red state=on state=off", message: "duplicate key \"state\""),
        Case(line: "ts=12 device=d model=a model=b led=red state=on", message: "duplicate key \"model\""),
        Case(
            line: "ts=12 time=13 device=d led=red state=on", message: "duplicate key \"time\" (another name for \"ts\")"
        ),
        Case(
            line: "ts=12 device=d led=red color=red state=on",
            message: "duplicate key \"color\" (another name for \"led\")"),
        Case(line: "ts=12 device=d led=red state=on level=info level=warn", message: nil),
    ]

    @Test("logfmt: a used key given twice rejects the line", arguments: logfmtLines)
    func logfmt(_ input: Case) {
        let result = BatchTestSupport.parse(input.line + "\n", format: .logfmt)
        #expect(result.errors.map(\.1) == (input.message.map { [$0] } ?? []), "\(result.errors)")
        #expect(result.lines.count == (input.message == nil ? 1 : 0))
    }

    static let csvHeaders: [Case] = [
        Case(line: "time,device,color,state,time", message: "the CSV header names the column \"time\" twice"),
        Case(line: "time,device,device,color,state", message: "the CSV header names the column \"device\" twice"),
        Case(line: "time,device,model,color,state,model", message: "the CSV header names the column \"model\" twice"),
        Case(line: "ts,time,device,color,state", message: "the CSV header names the column \"time\" twice (ts, time)"),
        Case(
            line: "time,device,color,led,state", message: "the CSV header names the column \"color\" twice (color, led)"
        ),
        Case(line: "time,device,color,state,note,note", message: nil),
    ]

    @Test("CSV: a header naming a used column twice rejects the header and every record", arguments: csvHeaders)
    func csv(_ input: Case) {
        let header = input.line.split(separator: ",")
        let record = header.map { name -> String in
            switch name {
            case "time", "ts": return "12"
            case "device": return "d"
            case "model": return "mini"
            case "color", "led": return "red"
            case "state": return "on"
            default: return "x"
            }
        }
        let text = input.line + "\n" + record.joined(separator: ",") + "\n" + record.joined(separator: ",") + "\n"
        let result = BatchTestSupport.parse(text, format: .csv)
        if let message = input.message {
            #expect(result.errors.map(\.0) == [1, 2, 3], "\(result.errors)")
            #expect(result.errors.first?.1 == message, "\(result.errors)")
            #expect(result.lines.isEmpty)
        } else {
            #expect(result.errors.isEmpty, "\(result.errors)")
            #expect(result.lines.count == 2)
        }
    }
}
