extension BatchDiagnoser {
    /// The `N<TAB>` that starts every line of an input read with ``BatchLineNumbers/prefixed``: the line's
    /// number in the original file, 1 to 12 digits (a record key keeps 40 bits of line), then one tab.
    enum LineNumberPrefix {
        /// The most digits a number may have.
        static let maximumDigits = 12

        /// The number that starts `base[start..<end]`, and where the line proper starts; `nil` without one.
        @inline(__always)
        static func read(_ base: UnsafePointer<UInt8>, _ start: Int, _ end: Int) -> (number: Int, after: Int)? {
            var i = start
            var number = 0
            while i < end, i - start < maximumDigits, base[i] &- 0x30 < 10 {
                number = number * 10 + Int(base[i] &- 0x30)
                i += 1
            }
            guard i > start, i < end, base[i] == 0x09 else { return nil }
            return (number, i + 1)
        }

        /// `sample` (whole lines) with each line's prefix removed, for format detection.
        static func stripped(_ sample: UnsafeBufferPointer<UInt8>) -> [UInt8] {
            guard let base = sample.baseAddress else { return [] }
            var result: [UInt8] = []
            result.reserveCapacity(sample.count)
            var start = 0
            while start < sample.count {
                var end = start
                while end < sample.count, base[end] != 0x0A { end += 1 }
                let from = read(base, start, end)?.after ?? start
                result.append(contentsOf: UnsafeBufferPointer(start: base + from, count: end - from))
                if end < sample.count { result.append(0x0A) }
                start = end + 1
            }
            return result
        }
    }
}

extension BatchDiagnoser.Pipeline {
    /// The format of an input whose first whole lines are `sample` (their prefixes removed first when the
    /// lines are numbered), or the forced one set up.
    func detectFormat(_ sample: UnsafeBufferPointer<UInt8>) -> FormatDetector.Detection {
        guard options.lineNumbers == .prefixed else {
            return FormatDetector.detect(sample, forced: options.inputFormat)
        }
        let bare = BatchDiagnoser.LineNumberPrefix.stripped(sample)
        return bare.withUnsafeBufferPointer { FormatDetector.detect($0, forced: options.inputFormat) }
    }
}
