/// A compressed input that could not be read to its end: truncated, or corrupt at some byte. The batch
/// reads every whole line before the damage, diagnoses the episodes those lines closed, counts the ones still
/// open (``BatchSummary/undiagnosed``; ``BatchOptions/finishOnInterrupt`` diagnoses them), and goes on with
/// the next input; the command exits 2 naming it.
public struct BatchInputDamage: Sendable, Hashable {
    /// The input's name (as in `source.file`).
    public var file: String
    /// `gzip` or `zstd`.
    public var compression: String
    /// The offset in the compressed bytes (from 0) where decoding failed, or their length when they end
    /// inside a member or frame.
    public var offset: Int
    /// What is wrong, as zlib or libzstd words it, or `truncated`.
    public var reason: String

    /// A damage report.
    public init(file: String, compression: String, offset: Int, reason: String) {
        self.file = file
        self.compression = compression
        self.offset = offset
        self.reason = reason
    }

    /// The message for a person: `FILE: damaged gzip data at compressed byte N (REASON); …`.
    public var message: String {
        "\(file): damaged \(compression) data at compressed byte \(offset) (\(reason)); the whole lines before it "
            + "were read"
    }
}
