/// Reads `TIME DEVICE [MODEL] COLOR on|off` lines: fields separated by spaces or tabs.
enum BatchPlainReader {
    /// Finds the fields of the line `base[start..<end]`; returns a message when it has the wrong shape.
    @inline(__always)
    static func read(_ base: UnsafeMutablePointer<UInt8>, _ start: Int, _ end: Int, into fields: inout BatchFields) -> String? {
        var spans = (BatchSpan.none, BatchSpan.none, BatchSpan.none, BatchSpan.none, BatchSpan.none)
        var count = 0
        var i = start
        while true {
            while i < end, base[i] == 0x20 || base[i] == 0x09 { i += 1 }
            if i == end { break }
            let tokenStart = i
            while i < end, base[i] != 0x20, base[i] != 0x09 { i += 1 }
            let span = BatchSpan(start: tokenStart, count: i - tokenStart)
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
            return "expected TIME DEVICE [MODEL] COLOR on|off, found \(count) field\(count == 1 ? "" : "s")"
        }
        return nil
    }
}
