/// Medians and small sorts over reusable `[Double]` buffers, without allocating: selection finds a
/// median in linear time, insertion sort handles the few durations of a short episode.
enum TimelineSelection {
    /// The median of sorted values (the mean of the middle two for an even count); 0 when empty.
    static func median(sorted values: ArraySlice<Double>) -> Double {
        guard !values.isEmpty else { return 0 }
        let middle = values.startIndex + values.count / 2
        if values.count % 2 == 1 { return values[middle] }
        return (values[middle - 1] + values[middle]) / 2
    }

    /// The median of `values` (the mean of the middle two for an even count), found by selection in
    /// linear time; `values` is reordered. 0 when empty.
    static func median(selecting values: inout [Double]) -> Double {
        values.withUnsafeMutableBufferPointer { median(selecting: $0) }
    }

    /// ``median(selecting:)-([Double])`` over a buffer (a prefix of a reused one): no array to keep
    /// unique, no bounds checks.
    static func median(selecting values: UnsafeMutableBufferPointer<Double>) -> Double {
        let count = values.count
        guard count > 0 else { return 0 }
        let middle = count / 2
        select(values, rank: middle)
        if count % 2 == 1 { return values[middle] }
        // Selection leaves everything below `middle` no larger than it: the other middle value is
        // the largest of those.
        var lower = values[0]
        for index in 1..<middle where values[index] > lower { lower = values[index] }
        return (lower + values[middle]) / 2
    }

    /// Sorts small arrays by insertion (fast for the few durations of a short episode) and larger ones
    /// with the standard library.
    static func sort(_ values: inout [Double]) {
        values.withUnsafeMutableBufferPointer { sort($0) }
    }

    /// ``sort(_:)-([Double])`` over a buffer.
    static func sort(_ values: UnsafeMutableBufferPointer<Double>) {
        guard values.count > 24 else {
            insertionSort(values, 0, values.count - 1)
            return
        }
        var buffer = values  // the same memory: sorting a buffer is a mutating method of its pointer
        buffer.sort()
    }

    /// Reorders `values` so that `values[rank]` is the value of that rank in sorted order, everything
    /// before it is no larger and everything after it no smaller (Hoare's selection, median-of-three
    /// pivots, insertion sort for short ranges).
    static func select(_ values: inout [Double], rank: Int) {
        values.withUnsafeMutableBufferPointer { select($0, rank: rank) }
    }

    /// ``select(_:rank:)-([Double],_)`` over a buffer.
    static func select(_ buffer: UnsafeMutableBufferPointer<Double>, rank: Int) {
        do {
            var low = 0
            var high = buffer.count - 1
            while high - low > 16 {
                let middle = low + (high - low) / 2
                if buffer[middle] < buffer[low] { buffer.swapAt(middle, low) }
                if buffer[high] < buffer[low] { buffer.swapAt(high, low) }
                if buffer[high] < buffer[middle] { buffer.swapAt(high, middle) }
                let pivot = buffer[middle]
                var i = low
                var j = high
                while i <= j {
                    while buffer[i] < pivot { i += 1 }
                    while buffer[j] > pivot { j -= 1 }
                    if i <= j {
                        buffer.swapAt(i, j)
                        i += 1
                        j -= 1
                    }
                }
                if rank <= j {
                    high = j
                } else if rank >= i {
                    low = i
                } else {
                    return
                }
            }
            insertionSort(buffer, low, high)
        }
    }

    private static func insertionSort(_ buffer: UnsafeMutableBufferPointer<Double>, _ low: Int, _ high: Int) {
        guard high > low else { return }
        for index in (low + 1)...high {
            let value = buffer[index]
            var position = index
            while position > low, buffer[position - 1] > value {
                buffer[position] = buffer[position - 1]
                position -= 1
            }
            buffer[position] = value
        }
    }
}
