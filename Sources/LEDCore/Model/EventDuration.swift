/// How long an event lasted: always a bucket, and the exact seconds when they were measured or stated.
public struct EventDuration: Sendable, Hashable, Codable {
    /// The rough length.
    public var bucket: DurationBucket
    /// The exact length in seconds, when known.
    public var seconds: Double?

    /// A duration known only roughly.
    public init(_ bucket: DurationBucket) {
        self.bucket = bucket
        self.seconds = nil
    }

    /// A duration known to the second; its bucket follows from `vocabulary`.
    public init(seconds: Double, vocabulary: TimingVocabulary = .default) {
        self.bucket = vocabulary.bucket(forSeconds: seconds)
        self.seconds = seconds
    }

    /// A duration with an explicit bucket and exact length (used when reading canonical strings).
    public init(bucket: DurationBucket, seconds: Double?) {
        self.bucket = bucket
        self.seconds = seconds
    }
}
