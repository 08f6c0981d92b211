import LEDEngine
import LEDSupport

extension BatchRecordRenderer {
    /// The CSV columns of `--by-device`, in order.
    public static let deviceCSVColumns = [
        "device", "model", "episodes", "first", "last", "cause", "confidence", "severity", "start", "end", "fix",
        "file",
        "first_line", "last_line", "causes", "unmatched",
    ]

    /// One device's roll-up as a JSON line or a CSV row (text is a table: ``deviceTable(_:)``):
    /// `{"device", "model", "episodes", "first", "last", "latest": {"cause", "confidence", "severity", "start",
    /// "end", "fix", "source": {"file", "lines"}}, "causes": {id: count}, "unmatched"}`.
    public func device(_ device: BatchDevice) -> String {
        let latest = device.latest
        switch format {
        case .jsonl, .text:
            var writer = JSONWriter()
            writer.object { writer in
                writer.string(device.device, key: "device")
                writer.string(device.model, key: "model")
                writer.integer(device.episodes, key: "episodes")
                writer.string(device.first, key: "first")
                writer.string(device.last, key: "last")
                writer.object("latest") { writer in
                    writer.string(latest.cause, key: "cause")
                    writer.number(latest.confidence, key: "confidence")
                    writer.string(latest.severity?.rawValue, key: "severity")
                    writer.string(latest.start, key: "start")
                    writer.string(latest.end, key: "end")
                    writer.string(latest.fix, key: "fix")
                    writer.object("source") { writer in
                        writer.string(latest.file, key: "file")
                        writer.integers("lines", [latest.firstLine, latest.lastLine])
                    }
                }
                writer.object("causes") { writer in
                    for (id, count) in device.rankedCauses { writer.integer(count, key: id) }
                }
                writer.integer(device.unmatched, key: "unmatched")
            }
            return writer.text + "\n"
        case .csv:
            let causes = device.rankedCauses.map { "\($0.key):\($0.value)" }.joined(separator: ";")
            let fields: [String] = [
                Self.inert(device.device), Self.inert(device.model ?? ""), String(device.episodes),
                Self.inert(device.first ?? ""), Self.inert(device.last ?? ""), latest.cause ?? "",
                latest.confidence.map(Self.number) ?? "", latest.severity?.rawValue ?? "",
                Self.inert(latest.start ?? ""),
                Self.inert(latest.end ?? ""), latest.fix ?? "", Self.inert(latest.file), String(latest.firstLine),
                String(latest.lastLine), causes, String(device.unmatched),
            ]
            return fields.map(Self.csvField).joined(separator: ",") + "\n"
        }
    }

    /// One device's roll-up as it changed (`--by-device --follow`): its JSON line or CSV row, or for text
    /// one line — the device, its model, its latest cause with its confidence and when that episode ended,
    /// how many of its episodes had that cause, and the first fix.
    public func deviceChange(_ device: BatchDevice) -> String {
        guard format == .text else { return self.device(device) }
        let latest = device.latest
        let cause = latest.cause.map { color ? paint($0, latest.severity.map(Self.colorCode) ?? "2") : $0 }
        return "device \(Self.visible(device.device)) (\(device.model ?? "unknown model")): "
            + "\(cause ?? "no match")\(latest.confidence.map { " " + Self.number($0) } ?? ""), "
            + "ended \(Self.timeText(latest.endTime, written: latest.end)), "
            + "\(device.latestCount) of \(device.episodes) episodes, first fix \(latest.fix ?? "-")\n"
    }

    /// The roll-up as tables for people, one per kind of device in `devices`' order (needs attention, no
    /// rule matched, normal): device, model, latest cause and confidence, when the latest episode ended
    /// (ISO-8601 UTC), how many of its episodes had that cause, and the first fix.
    public func deviceTable(_ devices: [BatchDevice]) -> String {
        let sections: [(String, [BatchDevice])] = [
            ("needs attention", devices.filter { $0.attention.needsAttention }),
            ("no rule matched", devices.filter { $0.attention == .unmatched }),
            ("normal", devices.filter { $0.attention == .normal }),
        ]
        let header = ["DEVICE", "MODEL", "LATEST", "CONFIDENCE", "ENDED", "SEEN", "FIRST FIX"]
        var rows: [[String]] = []
        for (_, members) in sections {
            for device in members {
                let latest = device.latest
                rows.append([
                    Self.visible(device.device), device.model ?? "unknown model", latest.cause ?? "no match",
                    latest.confidence.map(Self.number) ?? "-", Self.timeText(latest.endTime, written: latest.end),
                    "\(device.latestCount) of \(device.episodes)", latest.fix ?? "-",
                ])
            }
        }
        // Each column one wider than its widest cell: two spaces between columns.
        var widths = header.map { DisplayWidth.of($0) + 1 }
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], DisplayWidth.of(cell) + 1) }
        }
        func line(_ cells: [String], severity: Severity?, isHeader: Bool = false) -> String {
            var text = " "
            for (column, cell) in cells.enumerated() {
                let width = DisplayWidth.of(cell)
                let padding = column == cells.count - 1 ? "" : String(repeating: " ", count: widths[column] - width)
                let painted = column == 2 && color && !isHeader
                text += " " + (painted ? paint(cell, severity.map(Self.colorCode) ?? "2") : cell) + padding
            }
            return text + "\n"
        }
        var text = ""
        var index = 0
        for (title, members) in sections where !members.isEmpty {
            if !text.isEmpty { text += "\n" }
            let count = "\(members.count) device\(members.count == 1 ? "" : "s")"
            text += (color ? paint(title, "1") : title) + ": \(count)\n" + line(header, severity: nil, isHeader: true)
            for device in members {
                text += line(rows[index], severity: device.latest.severity)
                index += 1
            }
        }
        return text
    }

    /// `text` in the ANSI style `code`.
    private func paint(_ text: String, _ code: String) -> String { "\u{1B}[\(code)m\(text)\u{1B}[0m" }
}
