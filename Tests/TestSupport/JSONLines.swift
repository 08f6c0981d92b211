import Foundation

/// Reading JSON-lines output (batch records) back.
package enum JSONLines {
    /// The JSON objects of a JSONL output, one per line, as dictionaries (lines that are not objects
    /// are left out: compare the count with the line count to catch them).
    package static func objects(_ output: String) -> [[String: Any]] {
        output.split(separator: "\n").compactMap { line in
            (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any]
        }
    }
}
