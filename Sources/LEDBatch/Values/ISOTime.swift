extension BatchDiagnoser {
    /// Seconds since 1970 as ISO-8601 in UTC to the millisecond (`2026-11-20T08:00:01.038Z`): the one time
    /// style of the text output, whatever the log wrote. No Foundation: the civil date is computed (Howard
    /// Hinnant's `civil_from_days`).
    enum ISOTime {
        /// The text of `seconds`; `nil` when it is not finite or beyond the range a log time may have.
        static func text(_ seconds: Double) -> String? {
            guard seconds.isFinite, BatchTimestamp.isInRange(seconds) else { return nil }
            let millis = Int64((seconds * 1000).rounded())
            let dayMillis: Int64 = 86_400_000
            var days = millis / dayMillis
            var rest = millis % dayMillis
            if rest < 0 {
                rest += dayMillis
                days -= 1
            }
            let (year, month, day) = civil(days)
            let second = rest / 1000
            return
                "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(second / 3600, 2)):\(pad(second / 60 % 60, 2))"
                + ":\(pad(second % 60, 2)).\(pad(rest % 1000, 3))Z"
        }

        /// The proleptic Gregorian year, month and day of `days` since 1970-01-01.
        static func civil(_ days: Int64) -> (year: Int64, month: Int64, day: Int64) {
            let z = days + 719_468
            let era = (z >= 0 ? z : z - 146_096) / 146_097
            let dayOfEra = z - era * 146_097
            let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
            let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
            let shifted = (5 * dayOfYear + 2) / 153
            let day = dayOfYear - (153 * shifted + 2) / 5 + 1
            let month = shifted < 10 ? shifted + 3 : shifted - 9
            return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
        }

        /// `value` with leading zeros to `width` digits (a minus sign before them).
        private static func pad(_ value: Int64, _ width: Int) -> String {
            let digits = String(value.magnitude)
            let zeros = String(repeating: "0", count: max(0, width - digits.count))
            return (value < 0 ? "-" : "") + zeros + digits
        }
    }
}
