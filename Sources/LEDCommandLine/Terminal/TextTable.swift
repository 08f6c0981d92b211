import LEDDiagnostics
import LEDSupport

/// Columns of text padded to line up in a terminal (by display width), the last column unpadded.
struct TextTable {
    /// The header row, printed first.
    var header: [String]
    /// The rows.
    var rows: [[String]] = []

    init(_ header: [String]) {
        self.header = header
    }

    /// Adds a row.
    mutating func append(_ row: [String]) {
        rows.append(row)
    }

    /// The table, one line per row, columns two spaces apart.
    func render() -> String {
        let all = [header] + rows
        let count = all.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: count)
        for row in all {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], DisplayWidth.of(cell)) }
        }
        return all.map { row in
            var line = ""
            for (index, cell) in row.enumerated() {
                line += cell
                if index < row.count - 1 {
                    line += String(repeating: " ", count: widths[index] - DisplayWidth.of(cell) + 2)
                }
            }
            return line
        }.joined(separator: "\n")
    }
}
