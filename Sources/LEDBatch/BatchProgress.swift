/// How far a batch has got, for a progress bar: reported from the reader thread, about ten times a second.
public struct BatchProgress: Sendable, Hashable {
    /// Input bytes read so far.
    public var bytesDone: Int
    /// All input bytes, when every input's size is known (regular files, bytes in memory).
    public var bytesTotal: Int?
    /// Seconds since the batch started.
    public var seconds: Double

    /// A progress report.
    public init(bytesDone: Int, bytesTotal: Int?, seconds: Double) {
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.seconds = seconds
    }

    /// Bytes per second so far.
    public var rate: Double { seconds > 0 ? Double(bytesDone) / seconds : 0 }

    /// Seconds left at the current rate, when the total is known.
    public var secondsLeft: Double? {
        guard let bytesTotal, rate > 0 else { return nil }
        return Double(max(0, bytesTotal - bytesDone)) / rate
    }
}
