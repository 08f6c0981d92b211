extension BatchDiagnoser {
    /// The line format chosen for one input, set up (CSV: its header): the one place a format name maps
    /// to its ``LineFormat``. Code that reads lines switches on it once (per chunk, per sample) and
    /// then runs a loop specialised for that format.
    enum FormatChoice: Sendable, Hashable {
        case plain
        case logfmt
        case csv(CSVFormat)
        case jsonl
        case typed

        /// The format's public name.
        var format: BatchInputFormat {
            switch self {
            case .plain: .plain
            case .logfmt: .logfmt
            case .csv: .csv
            case .jsonl: .jsonl
            case .typed: .typed
            }
        }

        /// The choice for the input's later chunks (CSV: they do not hold the header line).
        var pastHeader: FormatChoice {
            if case .csv(let csv) = self { return .csv(csv.pastHeader) }
            return self
        }

        /// `format` set up for an input whose first content lines are `lines` (in `base`, which the
        /// format may change), and how many of those lines it reads.
        static func sniff(
            _ format: BatchInputFormat, _ lines: [SampleLine], in base: UnsafeMutablePointer<UInt8>
        ) -> (choice: FormatChoice, score: Int) {
            switch format {
            case .plain: return (.plain, PlainFormat.sniff(lines, in: base).score)
            case .logfmt: return (.logfmt, LogfmtFormat.sniff(lines, in: base).score)
            case .csv:
                let (csv, score) = CSVFormat.sniff(lines, in: base)
                return (.csv(csv), score)
            case .jsonl: return (.jsonl, JSONLinesFormat.sniff(lines, in: base).score)
            case .typed: return (.typed, TypedFormat.sniff(lines, in: base).score)
            }
        }
    }
}
