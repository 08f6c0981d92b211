/// How `leddiag batch` writes its records.
public enum BatchOutputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// One JSON object per line: the `diagnose` object plus `model`, `start`, `end` and `source`
    /// (`device` holds the logged device name); errors as `{"error": …, "source": {"file": …, "line": n}}`.
    case jsonl
    /// A short block per episode for people; errors as `FILE:LINE: error: MESSAGE`.
    case text
    /// One row per episode under a header; an error is a row with only `file`, the line and `error`.
    case csv
}
