import LEDCore

/// Reads labelled-observation files: TAB-separated rows of device (or `-`), observation text,
/// expected causes (`|`-separated, or `-` for "no diagnosis expected"), and optionally a facts
/// pattern and a tag. Lines starting with `#` are comments, blank lines are skipped, CR LF line ends
/// and a byte-order mark are fine (`docs/catalog.md`, "Check a catalog against labelled observations").

public enum LabelledObservationReader {
    /// The columns of a row, for messages.
    static let columnNames = ["device", "observation", "expected causes", "facts pattern", "tag"]

    /// Every row of `text`, in file order. `file` names the file in locations and errors. The first
    /// malformed row is an error naming its line and column.
    public static func read(_ text: String, file: String) throws(LabelledObservationError) -> [LabelledObservation] {
        var rows: [LabelledObservation] = []
        var bytes = Substring(text).utf8[...]
        if bytes.starts(with: CanonicalReader.byteOrderMark) {
            bytes = bytes.dropFirst(CanonicalReader.byteOrderMark.count)
        }
        for (index, rawLine) in bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
            .enumerated()
        {
            var line = Array(rawLine)
            if line.last == UInt8(ascii: "\r") { line.removeLast() }
            if let row = try row(line, location: LabelledObservation.Location(file: file, line: index + 1)) {
                rows.append(row)
            }
        }
        return rows
    }

    /// One line's row, or nil for a comment or a blank line.
    private static func row(
        _ line: [UInt8], location: LabelledObservation.Location
    ) throws(LabelledObservationError) -> LabelledObservation? {
        guard let first = line.first(where: { $0 != UInt8(ascii: " ") && $0 != UInt8(ascii: "\t") }) else { return nil }
        if first == UInt8(ascii: "#") { return nil }
        func fail(_ message: String, at byte: Int) -> LabelledObservationError {
            let column = String(decoding: line[..<min(byte, line.count)], as: UTF8.self).count + 1
            return LabelledObservationError(file: location.file, line: location.line, column: column, message: message)
        }
        var columns: [Range<Int>] = []
        var start = 0
        for (offset, byte) in line.enumerated() where byte == UInt8(ascii: "\t") {
            columns.append(start..<offset)
            start = offset + 1
        }
        columns.append(start..<line.count)
        // A row padded with TABs up to the optional columns is fine.
        while columns.count > 3, let last = columns.last, trimmed(line, last).isEmpty { columns.removeLast() }
        guard columns.count >= 3 else {
            throw fail(
                "a row has at least 3 TAB-separated columns (device, observation, expected causes); "
                    + "this one has \(columns.count)",
                at: line.count)
        }
        guard columns.count <= columnNames.count else {
            throw fail(
                "a row has at most \(columnNames.count) TAB-separated columns "
                    + "(device, observation, expected causes, facts pattern, tag); this one has \(columns.count)",
                at: columns[columnNames.count].lowerBound)
        }
        let fields = columns.map { trimmed(line, $0) }
        func text(_ index: Int) -> String? {
            guard index < fields.count, !fields[index].isEmpty else { return nil }
            return String(decoding: line[fields[index]], as: UTF8.self)
        }

        guard let deviceText = text(0) else {
            throw fail(
                "column 1 (device) is empty; write a device id, or - when the observation names none",
                at: columns[0].lowerBound)
        }
        guard let observation = text(1) else {
            throw fail("column 2 (observation) is empty", at: columns[1].lowerBound)
        }
        guard let expectedText = text(2) else {
            throw fail(
                "column 3 (expected causes) is empty; write cause ids separated by |, "
                    + "or - when no diagnosis is expected",
                at: columns[2].lowerBound)
        }
        let expected = try causes(expectedText, at: fields[2].lowerBound, fail: fail)

        var facts: FactsPattern?
        if let pattern = text(3) {
            do {
                facts = try FactsPattern(pattern)
            } catch {
                throw fail(
                    "column 4 (facts pattern): \(error.message)",
                    at: fields[3].lowerBound + min(error.offset, fields[3].count))
            }
        }
        return LabelledObservation(
            device: deviceText == "-" ? nil : deviceText, text: observation, expectedCauses: expected, facts: facts,
            tag: text(4),
            location: location)
    }

    /// The expected causes of column 3: `-`, or cause ids separated by `|`.
    private static func causes(
        _ text: String, at start: Int, fail: (String, Int) -> LabelledObservationError
    ) throws(LabelledObservationError) -> [String] {
        if text == "-" { return [] }
        var causes: [String] = []
        var offset = start
        for part in text.split(separator: "|", omittingEmptySubsequences: false) {
            let id = part.trimmingSpaces
            let leading = part.utf8.prefix { $0 == UInt8(ascii: " ") }.count
            guard !id.isEmpty, id != "-", id.utf8.allSatisfy(isIDByte) else {
                let what =
                    id.isEmpty
                    ? "an empty cause id" : id == "-" ? "- (no diagnosis) beside causes" : "\"\(id)\", not a cause id"
                throw fail(
                    "column 3 (expected causes): \(what); "
                        + "write cause ids (lower-case letters, digits and -) separated by |, or - alone",
                    offset + leading)
            }
            if !causes.contains(id) { causes.append(id) }
            offset += part.utf8.count + 1
        }
        return causes
    }

    /// `range` of `line` without leading and trailing spaces.
    private static func trimmed(_ line: [UInt8], _ range: Range<Int>) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, line[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, line[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }

    private static func isIDByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
            || byte == UInt8(ascii: "-")
    }
}

extension Substring {
    /// Without leading and trailing spaces.
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
    }
}
