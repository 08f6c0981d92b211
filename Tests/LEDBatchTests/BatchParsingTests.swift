import Testing

@testable import LEDBatch

/// Reading each input format: table-driven, one row per case.
@Suite("Batch: parsing")
struct BatchParsingTests {
    typealias Line = BatchTestSupport.ParsedLine

    // 2026-11-20T08:00:00Z
    static let t0 = 1_795_161_600.0

    @Test(
        "timestamps",
        arguments: [
            ("2026-11-20T08:00:00Z", 1_795_161_600.0),
            ("2026-11-20T08:00:01.038Z", 1_795_161_601.038),
            ("2026-11-20T08:00:01.5z", 1_795_161_601.5),
            ("2026-11-20t08:00:01Z", 1_795_161_601.0),
            ("2026-11-20 08:00:01Z", 1_795_161_601.0),
            ("2026-11-20T09:00:00+01:00", 1_795_161_600.0),
            ("2026-11-20T09:00:00+0100", 1_795_161_600.0),
            ("2026-11-20T03:30:00-04:30", 1_795_161_600.0),
            ("2026-11-20T09:00:00+01", 1_795_161_600.0),
            ("2026-11-20T08:00:00.123456789Z", 1_795_161_600.123456789),
            ("2026-11-20T08:00:00.1234567891234Z", 1_795_161_600.123456789),
            ("2026-11-20T08:00:00,25Z", 1_795_161_600.25),
            ("2026-11-20T08:00:00", 1_795_161_600.0),
            ("2026-11-20T08:00Z", 1_795_161_600.0),
            ("2024-02-29T00:00:00Z", 1_709_164_800.0),
            ("1970-01-01T00:00:00Z", 0.0),
            ("1969-12-31T23:59:59Z", -1.0),
            ("1732089601.038", 1_732_089_601.038),
            ("12", 12.0),
            ("0.5", 0.5),
            ("-3.25", -3.25),
            ("+7", 7.0),
        ])
    func timestamps(text: String, seconds: Double) {
        let value = Array(text.utf8).withUnsafeBytes { BatchTimestamp.seconds($0) }
        #expect(value.map { abs($0 - seconds) < 1e-6 } == true, "\(text) → \(String(describing: value))")
    }

    @Test(
        "not timestamps",
        arguments: [
            "", "Z", "2026-11-20", "2026-13-20T08:00:00Z", "2026-02-30T08:00:00Z", "2023-02-29T00:00:00Z",
            "2026-11-20T24:00:00Z",
            "2026-11-20T08:60:00Z", "2026-11-20T08:00:61Z", "2026-11-20T08:00:00.Z", "2026-11-20T08:00:00+25:00",
            "2026-11-20T08:00:00Zjunk", "2026-11-20X08:00:00Z", "1.2.3", "12a", ".5", "-", "1e", "e5", "1e+", "1e5x",
            "nan", "inf",
            "2026-11-20T08:00:00+01:0",
        ])
    func notTimestamps(text: String) {
        let value = Array(text.utf8).withUnsafeBytes { BatchTimestamp.seconds($0) }
        #expect(value == nil, "\(text) → \(String(describing: value))")
    }

    @Test(
        "plain lines",
        arguments: [
            (
                "2026-11-20T08:00:00Z dev-1 mini red on",
                Line(
                    device: "dev-1", model: "mini", time: t0, timeText: "2026-11-20T08:00:00Z", color: .red, isOn: true)
            ),
            (
                "2026-11-20T08:00:00Z dev-1 red off",
                Line(device: "dev-1", model: nil, time: t0, timeText: "2026-11-20T08:00:00Z", color: .red, isOn: false)
            ),
            (
                "  12.5\tdev-1\t\tBlue   ON  ",
                Line(device: "dev-1", model: nil, time: 12.5, timeText: "12.5", color: .blue, isOn: true)
            ),
            (
                "12.5 dev-1 outdoor-4 green off\r",
                Line(device: "dev-1", model: "outdoor-4", time: 12.5, timeText: "12.5", color: .green, isOn: false)
            ),
        ])
    func plain(text: String, expected: Line) {
        let result = BatchTestSupport.parse(text + "\n", format: .plain)
        #expect(result.errors.isEmpty)
        #expect(result.lines == [expected])
    }

    @Test(
        "bad plain lines",
        arguments: [
            ("2026-11-20T08:00:00Z dev-1 red", "expected TIME DEVICE [MODEL] COLOR on|off, found 3 fields"),
            (
                "2026-11-20T08:00:00Z dev-1 mini red on extra",
                "expected TIME DEVICE [MODEL] COLOR on|off, found 6 fields"
            ),
            ("yesterday dev-1 red on", "invalid time \"yesterday\""),
            ("12 dev-1 orange on", "unknown color \"orange\" (amber, blue, green, purple, red, white, yellow)"),
            ("12 dev-1 red maybe", "state must be on or off, not \"maybe\""),
            (
                "2026-11-20T08:00:00.12345678901234567890123456789Z dev-1 red on",
                "invalid time \"2026-11-20T08:00:00.12345678901234567890…\""
            ),
        ])
    func badPlain(text: String, message: String) {
        let result = BatchTestSupport.parse(text + "\n", format: .plain)
        #expect(result.lines.isEmpty)
        #expect(result.errors.map(\.1) == [message])
        #expect(result.errors.map(\.0) == [1])
    }

    @Test(
        "logfmt lines",
        arguments: [
            (
                "ts=2026-11-20T08:00:00Z device=dev-1 model=mini led=red state=on",
                Line(
                    device: "dev-1", model: "mini", time: t0, timeText: "2026-11-20T08:00:00Z", color: .red, isOn: true)
            ),
            (
                "state=off led=red device=dev-1 time=12",
                Line(device: "dev-1", model: nil, time: 12, timeText: "12", color: .red, isOn: false)
            ),
            (
                "t=12 color=blue device=\"porch cam\" state=on model=\"Outdoor 4\"",
                Line(device: "porch cam", model: "Outdoor 4", time: 12, timeText: "12", color: .blue, isOn: true)
            ),
            (
                "level=info ts=12 device=d\\\"x led=red state=on rssi=-61 flag",
                Line(device: "d\\\"x", model: nil, time: 12, timeText: "12", color: .red, isOn: true)
            ),
            (
                "ts=12 device=\"a \\\"b\\\" \\\\c\" led=red state=on",
                Line(device: "a \"b\" \\c", model: nil, time: 12, timeText: "12", color: .red, isOn: true)
            ),
            (
                "ts=\"2026-11-20 09:00:00+01:00\" device=dev-1 led=red state=on",
                Line(
                    device: "dev-1", model: nil, time: t0, timeText: "2026-11-20 09:00:00+01:00", color: .red,
                    isOn: true)
            ),
        ])
    func logfmt(text: String, expected: Line) {
        let result = BatchTestSupport.parse(text + "\n", format: .logfmt)
        #expect(result.errors.map(\.1) == [])
        #expect(result.lines == [expected])
    }

    @Test(
        "bad logfmt lines",
        arguments: [
            ("device=dev-1 led=red state=on", "missing ts="),
            ("ts=12 led=red state=on", "missing device="),
            ("ts=12 device=dev-1 state=on", "missing led="),
            ("ts=12 device=dev-1 led=red", "missing state="),
            ("ts=12 device=\"dev-1 led=red state=on", "unterminated quoted value of \"device\""),
            ("ts=12 device=\"dev\"1 led=red state=on", "text right after the closing quote of \"device\""),
        ])
    func badLogfmt(text: String, message: String) {
        let result = BatchTestSupport.parse(text + "\n", format: .logfmt)
        #expect(result.errors.map(\.1) == [message])
    }

    @Test(
        "CSV lines",
        arguments: [
            (
                "time,device,model,color,state\n12,dev-1,mini,red,on",
                Line(device: "dev-1", model: "mini", time: 12, timeText: "12", color: .red, isOn: true)
            ),
            (
                "State,LED,Device,TS\r\noff,red,dev-1,12\r",
                Line(device: "dev-1", model: nil, time: 12, timeText: "12", color: .red, isOn: false)
            ),
            (
                "device,time,model,color,state,rssi\n\"porch, front\",12,\"Outdoor 4\",blue,on,-61",
                Line(device: "porch, front", model: "Outdoor 4", time: 12, timeText: "12", color: .blue, isOn: true)
            ),
            (
                "device,time,color,state\n\"say \"\"hi\"\"\", 12 ,red , on ",
                Line(device: "say \"hi\"", model: nil, time: 12, timeText: "12", color: .red, isOn: true)
            ),
            (
                "# comment first\n\ntime,device,model,color,state\n12,dev-1,,red,on",
                Line(device: "dev-1", model: nil, time: 12, timeText: "12", color: .red, isOn: true)
            ),
        ])
    func csv(text: String, expected: Line) {
        let result = BatchTestSupport.parse(text + "\n", format: .csv)
        #expect(result.errors.map(\.1) == [])
        #expect(result.lines == [expected])
        #expect(result.skipped == result.total - 1)
    }

    @Test(
        "bad CSV lines",
        arguments: [
            ("time,device,model,color,state\n12,dev-1,mini", 2, "expected 5 columns, found 3"),
            ("time,device,model,color,state\n12,\"dev-1,mini,red,on", 2, "unterminated quoted field"),
            ("time,device,model,color,state\n12,\"dev\"-1,mini,red,on", 2, "text after the closing quote of a field"),
            ("time,device,model,colour\n12,dev-1,mini,red", 1, "the CSV header lacks the column state"),
        ])
    func badCSV(text: String, line: Int, message: String) {
        let result = BatchTestSupport.parse(text + "\n", format: .csv)
        #expect(result.errors.first.map { $0.0 } == line)
        #expect(result.errors.first.map { $0.1 } == message)
    }

    @Test(
        "JSON lines",
        arguments: [
            (
                #"{"time": "2026-11-20T08:00:00Z", "device": "dev-1", "model": "mini", "color": "red", "state": "on"}"#,
                Line(
                    device: "dev-1", model: "mini", time: t0, timeText: "2026-11-20T08:00:00Z", color: .red, isOn: true)
            ),
            (
                #"{"state":false,"led":"red","device":"dev-1","t":12.25}"#,
                Line(device: "dev-1", model: nil, time: 12.25, timeText: "12.25", color: .red, isOn: false)
            ),
            (
                #"{"ts": 12, "device": "d\u00e9v \"1\"", "model": null, "color": "Blue", "state": true, "meta": "#
                    + #"{"a": [1, "}"]}, "x": -1.5e3}"#,
                Line(device: "dév \"1\"", model: nil, time: 12, timeText: "12", color: .blue, isOn: true)
            ),
            (
                #"  {"time":12,"device":"\ud83d\ude00","color":"red","state":"OFF"}  "#,
                Line(device: "😀", model: nil, time: 12, timeText: "12", color: .red, isOn: false)
            ),
            (
                #"{"time": 1.5e3, "device": 4734, "color": "red", "state": "on"}"#,
                Line(device: "4734", model: nil, time: 1500, timeText: "1.5e3", color: .red, isOn: true)
            ),
        ])
    func jsonLines(text: String, expected: Line) {
        let result = BatchTestSupport.parse(text + "\n", format: .jsonl)
        #expect(result.errors.map(\.1) == [])
        #expect(result.lines == [expected])
    }

    @Test(
        "bad JSON lines",
        arguments: [
            (#"["time", 12]"#, "expected a JSON object"),
            (#"{"time": 12, "device": "d", "color": "red"}"#, "missing \"state\""),
            (#"{"time": 12, "device": "d", "color": "red", "state": "on"} x"#, "text after the JSON object"),
            (#"{"time": 12, "device": "d", "color": "red", "state": "on""#, "unterminated object"),
            (#"{"time": 12 "device": "d"}"#, "expected ',' or '}'"),
            (#"{"time": 12, "device": "d\x", "color": "red", "state": "on"}"#, "bad string value"),
            (#"{"time": "soon", "device": "d", "color": "red", "state": "on"}"#, "invalid time \"soon\""),
            (
                #"{"time": 1e30, "device": "d", "color": "red", "state": "on"}"#,
                "time \"1e30\" is out of range: a time is at most 1e11 seconds from 1970 (year 5138), in seconds, "
                    + "not milliseconds"
            ),
            (#"{"time": true, "device": "d", "color": "red", "state": "on"}"#, "\"time\" must be a string or a number"),
            (
                #"{"time": 12, "device": ["d"], "color": "red", "state": "on"}"#,
                "\"device\" must be a string or a number"
            ),
            (#"{"time": 12, "device": "d", "color": ["red"], "state": "on"}"#, "\"color\" must be a string"),
            (
                #"{"time": 12, "device": "d", "color": "red", "state": 1}"#,
                "\"state\" must be \"on\", \"off\" or a boolean"
            ),
        ])
    func badJSON(text: String, message: String) {
        let result = BatchTestSupport.parse(text + "\n", format: .jsonl)
        #expect(result.errors.map(\.1) == [message])
    }

    @Test(
        "typed observations",
        arguments: [
            (
                "porch outdoor-4: red x6 after blue",
                Line(
                    device: "porch", model: "outdoor-4", time: nil, timeText: nil, color: nil, isOn: nil,
                    text: "red x6 after blue")
            ),
            (
                "2026-11-20T08:00:00Z porch: solid blue ",
                Line(
                    device: "porch", model: nil, time: t0, timeText: "2026-11-20T08:00:00Z", color: nil, isOn: nil,
                    text: "solid blue")
            ),
            (
                "12 porch mini : blinking red",
                Line(
                    device: "porch", model: "mini", time: 12, timeText: "12", color: nil, isOn: nil,
                    text: "blinking red")
            ),
            (
                "hall:   dev=mini ctx=- : red:blink:6",
                Line(
                    device: "hall", model: nil, time: nil, timeText: nil, color: nil, isOn: nil,
                    text: "dev=mini ctx=- : red:blink:6")
            ),
        ])
    func typed(text: String, expected: Line) {
        let result = BatchTestSupport.parse(text + "\n", format: .typed)
        #expect(result.errors.map(\.1) == [])
        #expect(result.lines == [expected])
    }

    @Test(
        "bad typed observations",
        arguments: [
            ("porch outdoor-4 red x6 after blue", "expected [TIME] DEVICE [MODEL]: what the LED does"),
            ("porch outdoor-4:", "nothing after the ':' says what the LED does"),
            (": red", "expected [TIME] DEVICE [MODEL]: what the LED does"),
            ("a b c d: red", "expected [TIME] DEVICE [MODEL]: what the LED does"),
            ("soon porch mini: red", "invalid time \"soon\""),
        ])
    func badTyped(text: String, message: String) {
        let result = BatchTestSupport.parse(text + "\n", format: .typed)
        #expect(result.errors.map(\.1) == [message])
    }

    @Test("comments, blank lines and CRLF are skipped in every format", arguments: BatchInputFormat.allCases)
    func skipped(format: BatchInputFormat) {
        let result = BatchTestSupport.parse("# a comment\r\n\r\n   \t\n  # indented comment\n", format: format)
        #expect(result.lines.isEmpty)
        #expect(result.errors.isEmpty)
        #expect(result.skipped == 4)
        #expect(result.total == 4)
    }

    @Test("a last line without a newline is read")
    func lastLine() {
        let result = BatchTestSupport.parse("12 dev-1 red on\n13 dev-1 red off", format: .plain)
        #expect(result.lines.count == 2)
        #expect(result.total == 2)
    }
}
