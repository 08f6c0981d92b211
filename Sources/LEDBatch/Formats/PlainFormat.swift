extension BatchDiagnoser {
    /// Reads `TIME DEVICE [MODEL] COLOR on|off` lines: fields separated by spaces or tabs.
    ///
    /// Fields are found eight bytes at a time (SWAR: a word's blank bytes found with the "has zero
    /// byte" trick), which is what makes the common format fast. Reads up to seven bytes past a field,
    /// which chunk buffers' padding allows; bytes past the line's end are never taken for a field.
    /// A line of the shape nearly every log has takes a shortcut (``readCommonLine(_:_:_:dayCache:into:)``);
    /// every other line is read field by field and checked.
    struct PlainFormat: StatelessLineFormat {
        /// The shortcut first, then the general reading; both pack the same line.
        @inline(__always)
        func parse(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, lineIndex: Int,
            dayCache: inout BatchTimestamp.DayCache, into line: inout Line
        ) -> LineOutcome {
            if Self.readCommonLine(base, start, end, dayCache: &dayCache, into: &line) { return .usable }
            return readAndCheck(base, start, end, dayCache: &dayCache, into: &line)
        }

        /// Finds the fields of the line `base[start..<end]`; says what is wrong when it has the wrong shape.
        @inline(__always)
        func read(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout Fields
        ) -> LineProblem? {
            var spans = (ByteSpan.none, ByteSpan.none, ByteSpan.none, ByteSpan.none, ByteSpan.none)
            var count = 0
            var i = start
            while true {
                i = ByteScan.pastBlanks(base, from: i, end: end)
                if i == end { break }
                let tokenStart = i
                i = Self.nextBlank(base, from: i, end: end)
                let span = ByteSpan(start: tokenStart, count: i - tokenStart)
                switch count {
                case 0: spans.0 = span
                case 1: spans.1 = span
                case 2: spans.2 = span
                case 3: spans.3 = span
                case 4: spans.4 = span
                default: break
                }
                count += 1
            }
            switch count {
            case 4:
                fields.time = spans.0
                fields.device = spans.1
                fields.color = spans.2
                fields.state = spans.3
            case 5:
                fields.time = spans.0
                fields.device = spans.1
                fields.model = spans.2
                fields.color = spans.3
                fields.state = spans.4
            default:
                return .plainFieldCount(found: count)
            }
            return nil
        }

        /// The shortcut, for the shape nearly every line of a log has:
        /// `YYYY-MM-DDTHH:MM:SS.fffZ DEVICE [MODEL] COLOR on|off`, fields one space apart. The state and
        /// colour are read from the line's end (a word each), the timestamp at fixed offsets (one word
        /// past the cached minute), so only the names are scanned. Returns `false` for any other line —
        /// other timestamps, tabs or runs of blanks, anything wrong — which the general reading
        /// (``read(_:_:_:into:)`` and ``ChunkParser/check``) then takes; what it packs is exactly what
        /// that would. `start` is at the first field; reads up to 8 bytes before `end` (inside the line,
        /// which is at least 32 bytes long) and up to 7 past it.
        @inline(__always)
        static func readCommonLine(
            _ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, dayCache: inout BatchTimestamp.DayCache,
            into line: inout Line
        ) -> Bool {
            guard end &- start >= 32 else { return false }
            let raw = UnsafeRawPointer(base)
            // The state: " on" or " off" at the very end, after one space.
            let tail = UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: end &- 4, as: UInt32.self))
            let isOn: Bool
            let colorEnd: Int
            if tail & 0xFF == 0x20, tail | 0x2020_2000 == 0x6666_6F20 /* " off" */ {
                isOn = false
                colorEnd = end &- 4
            } else if (tail >> 8) & 0xFF == 0x20, (tail >> 8) | 0x20_2000 == 0x6E_6F20 /* " on" */ {
                isOn = true
                colorEnd = end &- 3
            } else {
                return false
            }
            // The colour: the bytes after the last space among the 8 before `colorEnd`.
            let before = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: colorEnd &- 8, as: UInt64.self))
            let spaces = zeroBytes(before ^ (0x20 &* ones))
            guard spaces != 0 else { return false }
            let lastSpace = (63 &- spaces.leadingZeroBitCount) >> 3  // byte index 0 ..< 8
            let colorCount = 7 &- lastSpace
            guard colorCount >= 3,
                let color = ColorWord.index(lowercasedWord: (before | (0x20 &* ones)) &>> UInt64(8 &* (lastSpace &+ 1)))
            else { return false }
            let colorSeparator = colorEnd &- colorCount &- 1
            // The time: 24 bytes and one space, with a `T` (not a blank) between date and time.
            let time = base + start
            guard time[24] == 0x20, time[10] | 0x20 == UInt8(ascii: "t") else { return false }
            let seconds: Double
            if let minute = dayCache.minute(time), let tailValue = BatchTimestamp.millisecondTail(time + 16) {
                seconds = Double(minute &+ tailValue.second) + Double(tailValue.millis) / 1000
            } else if let value = BatchTimestamp.seconds(time, count: 24, cache: &dayCache) {
                seconds = value
            } else {
                return false
            }
            guard BatchTimestamp.isInRange(seconds) else { return false }  // the general reading rejects it
            // The device, and the model when there is another field before the colour: one space apart.
            let device = start &+ 25
            guard device < colorSeparator, !isBlank(base[device]) else { return false }
            let deviceEnd = nextBlank(base, from: device, end: colorSeparator)
            var model = ByteSpan.none
            if deviceEnd != colorSeparator {
                let modelStart = deviceEnd &+ 1
                guard modelStart < colorSeparator, !isBlank(base[modelStart]),
                    nextBlank(base, from: modelStart, end: colorSeparator) == colorSeparator
                else { return false }
                model = ByteSpan(start: modelStart, count: colorSeparator &- modelStart)
            }
            let deviceCount = deviceEnd &- device
            guard deviceCount <= Int(UInt16.max), model.count <= Int(UInt16.max) else { return false }
            line = Line(
                time: seconds, hash: NameHash.hash(base + device, count: deviceCount), lineIndex: 0,
                nameStart: Int32(truncatingIfNeeded: device),
                modelStart: Int32(truncatingIfNeeded: model.start), timeStart: Int32(truncatingIfNeeded: start),
                textStart: 0, textCount: 0,
                nameCount: UInt16(truncatingIfNeeded: deviceCount), modelCount: UInt16(truncatingIfNeeded: model.count),
                timeCount: 24, color: color,
                isOn: isOn, isObservation: false)
            return true
        }

        /// Whether `byte` is a space or tab.
        @inline(__always)
        static func isBlank(_ byte: UInt8) -> Bool {
            byte == 0x20 || byte == 0x09
        }

        /// The high bit of each zero byte of `word`, exactly (no false positives past the first).
        @inline(__always)
        static func zeroBytes(_ word: UInt64) -> UInt64 {
            let low7 = 0x7F &* ones
            return ~(((word & low7) &+ low7) | word | low7)
        }

        private static let ones: UInt64 = 0x0101_0101_0101_0101

        /// The offset of the first space or tab at or after `i`, or `end`.
        @inline(__always)
        static func nextBlank(_ base: UnsafeMutablePointer<UInt8>, from i: Int, end: Int) -> Int {
            ByteScan.first(of: 0x20, 0x09, 0x20, in: base, from: i, end: end)
        }
    }
}
