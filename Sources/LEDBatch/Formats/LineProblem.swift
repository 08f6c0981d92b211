extension BatchDiagnoser {
    /// Why a line of an input is not used, as data: the readers and checks say what is wrong, and
    /// ``message`` words it once, when the error record is written.
    enum LineProblem: Error, Sendable, Hashable {
        /// The line does not fit in a chunk of `capacity` bytes.
        case overlong(capacity: Int)
        /// A plain line with too few or too many fields.
        case plainFieldCount(found: Int)
        /// A field the line's format requires is missing, named as the format writes it (`ts=`, `"time"`).
        case missingField(String)
        /// A logfmt quoted value without its closing quote (the key).
        case unterminatedQuotedValue(key: String)
        /// Text right after a logfmt value's closing quote (the key).
        case textAfterQuotedValue(key: String)
        /// A CSV quoted field without its closing quote.
        case unterminatedQuotedField
        /// Text after a CSV field's closing quote.
        case textAfterQuotedField
        /// A CSV header without these required columns.
        case headerLacks(columns: [String])
        /// A CSV header naming a column the reader uses twice: the field, and the two names as written
        /// (`time`, `ts`), which may be the same.
        case headerRepeats(column: String, first: String, second: String)
        /// A JSON member or logfmt key giving a field the line already gave (the key, and the key that
        /// gave the field before, the same or another name of it); the record is ambiguous.
        case duplicateKey(key: String, earlier: String, isJSON: Bool)
        /// A CSV record in an input whose header is unusable.
        case noUsableHeader
        /// A CSV record with fewer columns than the header's required ones.
        case columnCount(expected: Int, found: Int)
        /// A JSON line that is not an object of the expected members.
        case json(JSONLinesFormat.Problem)
        /// A typed observation without its `[TIME] DEVICE [MODEL]:` header.
        case typedHeader
        /// A typed observation with nothing after the header.
        case typedText
        /// The device name is empty.
        case emptyDevice
        /// The device or model name is longer than a line keeps.
        case nameTooLong(isModel: Bool)
        /// A transition without a time.
        case missingTime
        /// A time that reads as none of the accepted forms.
        case invalidTime(Excerpt)
        /// A time further than ``BatchTimestamp/range`` seconds from 1970.
        case timeOutOfRange(Excerpt)
        /// A colour that is not an LED colour.
        case unknownColor(Excerpt)
        /// A state that is neither on nor off.
        case invalidState(Excerpt)
        /// A device name that is not UTF-8 text without control characters.
        case deviceNameNotText
        /// A typed observation the text reader rejects, in its words.
        case observation(String)
        /// A line without the `N<TAB>` number that ``BatchLineNumbers/prefixed`` reads.
        case missingLineNumber

        /// The message for a person.
        var message: String {
            switch self {
            case .overlong(let capacity): return "line longer than \(capacity) bytes"
            case .plainFieldCount(let count):
                return "expected TIME DEVICE [MODEL] COLOR on|off, found \(count) field\(count == 1 ? "" : "s")"
            case .missingField(let name): return "missing \(name)"
            case .unterminatedQuotedValue(let key): return "unterminated quoted value of \"\(key)\""
            case .textAfterQuotedValue(let key): return "text right after the closing quote of \"\(key)\""
            case .unterminatedQuotedField: return "unterminated quoted field"
            case .textAfterQuotedField: return "text after the closing quote of a field"
            case .headerLacks(let columns):
                let names = columns.joined(separator: ", ")
                return "the CSV header lacks the column\(columns.count == 1 ? "" : "s") \(names)"
            case .headerRepeats(let column, let first, let second):
                let names = first.lowercased() == second.lowercased() ? "" : " (\(first), \(second))"
                return "the CSV header names the column \"\(column)\" twice\(names)"
            case .duplicateKey(let key, let earlier, let isJSON):
                let other = earlier == key ? "" : " (another name for \"\(earlier)\")"
                return "duplicate \(isJSON ? "member" : "key") \"\(key)\"\(other)"
            case .noUsableHeader: return "no usable CSV header"
            case .columnCount(let expected, let found): return "expected \(expected) columns, found \(found)"
            case .json(let problem): return problem.rawValue
            case .typedHeader: return "expected [TIME] DEVICE [MODEL]: what the LED does"
            case .typedText: return "nothing after the ':' says what the LED does"
            case .emptyDevice: return "empty device name"
            case .nameTooLong(let isModel):
                return "\(isModel ? "model" : "device") name longer than \(UInt16.max) bytes"
            case .missingTime: return "missing time"
            case .invalidTime(let time): return "invalid time \(time)"
            case .timeOutOfRange(let time):
                return "time \(time) is out of range: a time is at most 1e11 seconds from 1970 (year 5138), "
                    + "in seconds, not milliseconds"
            case .unknownColor(let color):
                return "unknown color \(color) (amber, blue, green, purple, red, white, yellow)"
            case .invalidState(let state): return "state must be on or off, not \(state)"
            case .deviceNameNotText: return "device name is not UTF-8 text without control characters"
            case .observation(let message): return message
            case .missingLineNumber:
                return "no line number: with --line-numbers prefixed every line starts with its number and a tab"
            }
        }
    }

    /// The start of a value a message quotes: its first 40 bytes, and whether there were more.
    struct Excerpt: Sendable, Hashable, CustomStringConvertible {
        /// The first bytes of the value (invalid UTF-8 replaced).
        var text: String
        /// Whether the value is longer than `text`.
        var isCut: Bool

        /// The excerpt of `span` in `base`.
        init(_ span: ByteSpan, in base: UnsafePointer<UInt8>) {
            text = ByteSpan(start: span.start, count: min(span.count, 40)).string(in: base)
            isCut = span.count > 40
        }

        /// `"text"`, with `…` before the closing quote when cut.
        var description: String {
            "\"" + text + (isCut ? "…" : "") + "\""
        }
    }
}
