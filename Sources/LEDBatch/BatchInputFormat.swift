/// The line formats `leddiag batch` reads (see `docs/scale-out.md` and `leddiag batch --help`).
public enum BatchInputFormat: String, Sendable, Hashable, CaseIterable, Codable {
    /// `TIME DEVICE [MODEL] COLOR on|off`, whitespace-separated.
    case plain
    /// `ts=TIME device=DEVICE model=MODEL led=COLOR state=on|off`, keys in any order.
    case logfmt
    /// Comma-separated values under a header that names the columns.
    case csv
    /// One JSON object per line: `{"time": …, "device": …, "model": …, "color": …, "state": …}`.
    case jsonl
    /// Typed observations, one per line: `[TIME] DEVICE [MODEL]: free text`.
    case typed

    /// Whether lines of this format are LED transitions (all but ``typed``).
    public var isTransitionLog: Bool { self != .typed }
}
