public import LEDEngine
import LEDSupport

/// Writes batch records — an episode's diagnosis with where it came from, or a line that could not be
/// read — as JSON lines, CSV rows or text for people. Every record ends with a newline.
///
/// JSON lines and CSV keep timestamps as the log wrote them; text shows every time in one style,
/// ISO-8601 in UTC to the millisecond (`2026-11-20T08:00:01.038Z`), whatever the input wrote (epoch
/// seconds, an offset, no fraction).

public struct BatchRecordRenderer: Sendable {
    /// The output format.
    public var format: BatchOutputFormat
    /// Whether text records use ANSI colours: the top cause by its severity (fault red, warning yellow,
    /// normal green), errors red, the episode's place bold. JSON lines and CSV are never coloured.
    public var color: Bool
    /// Whether the output is the devices' roll-up (`--by-device`): the CSV header is then its columns.
    public var byDevice: Bool

    /// A renderer for `format`.
    public init(format: BatchOutputFormat, color: Bool = false, byDevice: Bool = false) {
        self.format = format
        self.color = color
        self.byDevice = byDevice
    }

    /// The CSV columns, in order.
    public static let csvColumns = [
        "device", "model", "start", "end", "file", "first_line", "last_line", "cause", "confidence", "fix", "canonical",
        "error",
    ]

    /// What comes before the first record: the CSV header, or nothing.
    public var preamble: String {
        format == .csv ? (byDevice ? Self.deviceCSVColumns : Self.csvColumns).joined(separator: ",") + "\n" : ""
    }

    /// One episode: `diagnosis` of the episode of `device` (the name as logged), whose model is the
    /// catalog id `model`, from `start` to `end` (timestamps as written), lines `first...last` of `file`.
    /// `times`, the same instants in seconds since 1970, are what text shows (the written ones when `nil`).
    public func episode(
        _ diagnosis: Diagnosis, device: String, model: String?, start: String?, end: String?, file: String, first: Int,
        last: Int, times: (start: Double, end: Double)? = nil
    ) -> String {
        var fixLists = BatchRecordRenderer.FixListCache(capacity: 1)
        var causes = BatchRecordRenderer.CauseCache(capacity: 1)
        return String(
            decoding: episodeBytes(
                diagnosis, device: device, model: model, start: start, end: end, file: file, first: first, last: last,
                times: times, fixLists: &fixLists, causes: &causes),
            as: UTF8.self)
    }

    /// ``episode(_:device:model:start:end:file:first:last:times:)`` as UTF-8 bytes; fix lists rendered
    /// before come from `fixLists`, the cause objects' own and their evidence's rule parts from `causes`.
    func episodeBytes(
        _ diagnosis: Diagnosis, device: String, model: String?, start: String?, end: String?, file: String, first: Int,
        last: Int, times: (start: Double, end: Double)? = nil,
        fixLists: inout BatchRecordRenderer.FixListCache, causes: inout BatchRecordRenderer.CauseCache
    ) -> [UInt8] {
        switch format {
        case .jsonl:
            var record = diagnosis
            record.device = device
            var writer = JSONWriter(capacity: 4096)
            record.write(
                to: &writer, fixes: { writer in fixLists.write(record.fixes, to: &writer) },
                causes: { writer, cause in causes.write(cause, to: &writer) }
            ) { writer in
                Self.writeWhere(model: model, start: start, end: end, file: file, first: first, last: last, to: &writer)
            }
            // Exactly sized (records may wait in the reorder buffer, which counts their bytes).
            return writer.withBytes { json in
                [UInt8](unsafeUninitializedCapacity: json.count + 1) { buffer, count in
                    _ = buffer.initialize(fromContentsOf: json)
                    buffer[json.count] = 0x0A
                    count = json.count + 1
                }
            }
        case .csv:
            let top = diagnosis.topCause
            let fields: [String] = [
                Self.inert(device), Self.inert(model ?? ""), Self.inert(start ?? ""), Self.inert(end ?? ""),
                Self.inert(file), String(first), String(last), top?.id ?? "",
                top.map { Self.number($0.confidence) } ?? "", diagnosis.fixes.first?.id ?? "", diagnosis.canonical, "",
            ]
            return Array((fields.map(Self.csvField).joined(separator: ",") + "\n").utf8)
        case .text:
            let lines = first == last ? "\(first)" : "\(first)-\(last)"
            let (file, device) = (Self.visible(file), Self.visible(device))
            let start = Self.timeText(times?.start, written: start)
            let end = Self.timeText(times?.end, written: end)
            var text = style("\(file):\(lines)  \(device)  \(model ?? "unknown model")", "1") + "  \(start) – \(end)\n"
            if let top = diagnosis.topCause {
                var line = "\(top.id) (\(Self.number(top.confidence))): \(top.title)"
                if let fix = diagnosis.fixes.first { line += "; first fix: \(fix.title)" }
                text += "  " + style(line, Self.colorCode(top.severity)) + "\n"
            } else if let miss = diagnosis.closest.first {
                text +=
                    "  " + style("no rule matched; closest: \(miss.rule) (\(miss.cause)): \(miss.detail)", "2") + "\n"
            } else {
                text += "  " + style("no rule matched", "2") + "\n"
            }
            text += "  \(diagnosis.canonical)\n"
            return Array(text.utf8)
        }
    }

    /// The members a JSON-lines record adds after the diagnosis's: `model`, `start`, `end` and `source`.
    static func writeWhere(
        model: String?, start: String?, end: String?, file: String, first: Int, last: Int, to writer: inout JSONWriter
    ) {
        writer.string(model, key: "model")
        writer.string(start, key: "start")
        writer.string(end, key: "end")
        writer.beginObject("source")
        writer.string(file, key: "file")
        writer.beginArray("lines")
        writer.integer(first)
        writer.integer(last)
        writer.endArray()
        writer.endObject()
    }

    /// One line that could not be read.
    public func error(_ message: String, file: String, line: Int) -> String {
        switch format {
        case .jsonl:
            var writer = JSONWriter()
            writer.beginObject()
            writer.string(message, key: "error")
            writer.beginObject("source")
            writer.string(file, key: "file")
            writer.integer(line, key: "line")
            writer.endObject()
            writer.endObject()
            return writer.text + "\n"
        case .csv:
            let fields = [
                "", "", "", "", Self.inert(file), String(line), String(line), "", "", "", "", Self.inert(message),
            ]
            return fields.map(Self.csvField).joined(separator: ",") + "\n"
        case .text:
            return "\(Self.visible(file)):\(line): " + style("error:", "31")
                + " \(Self.visible(Self.oneLine(message)))\n"
        }
    }

    /// `text` in the ANSI style `code` when colouring.
    private func style(_ text: String, _ code: String) -> String { color ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text }

    /// The ANSI colour of a cause's severity: fault red, warning yellow, normal green.
    static func colorCode(_ severity: Severity) -> String {
        switch severity {
        case .fault: return "31"
        case .warning: return "33"
        case .normal: return "32"
        }
    }

    /// A time for text: `seconds` in the one ISO-8601 style, else the text as written (visible), else `?`.
    static func timeText(_ seconds: Double?, written: String?) -> String {
        if let seconds, let iso = BatchDiagnoser.ISOTime.text(seconds) { return iso }
        return visible(written ?? "?")
    }

    /// A number with up to four decimals, as the JSON has it.
    static func number(_ value: Double) -> String {
        var writer = JSONWriter()
        writer.number(value)
        return writer.text
    }

    /// A CSV field, quoted when it holds a comma, a quote, a line break or surrounding blanks.
    static func csvField(_ value: String) -> String {
        var needsQuotes = false
        for byte in value.utf8
        where byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\"") || byte == 0x0A || byte == 0x0D {
            needsQuotes = true
            break
        }
        if let first = value.utf8.first, first == 0x20 || first == 0x09 { needsQuotes = true }
        if let last = value.utf8.last, last == 0x20 || last == 0x09 { needsQuotes = true }
        guard needsQuotes else { return value }
        var quoted = "\""
        for character in value.unicodeScalars {
            if character == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(character) }
        }
        return quoted + "\""
    }

    /// `value` for a spreadsheet: a field a log wrote that starts like a formula (`=`, `+`, `-`, `@`, a tab
    /// or a carriage return) gets a leading `'`, so that opening the CSV does not run it (OWASP's advice
    /// against CSV injection).
    static func inert(_ value: String) -> String {
        guard let first = value.utf8.first else { return value }
        switch first {
        case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: return "'" + value
        default: return value
        }
    }

    /// `value` with its control characters written out (`\u{1B}` for ESC), so that a log cannot drive
    /// the terminal the text output is read on.
    static func visible(_ value: String) -> String {
        guard value.unicodeScalars.contains(where: isControl) else { return value }
        var out = ""
        for scalar in value.unicodeScalars {
            if isControl(scalar) {
                out += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// C0 and C1 control characters and DEL, the tab aside.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar != "\t" && (scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value))
    }

    /// `message` on one line (line breaks shown as spaces), for text output.
    static func oneLine(_ message: String) -> String {
        String(message.map { $0 == "\n" || $0 == "\r\n" || $0 == "\r" ? " " : $0 })
    }
}
