/// How much a source is trusted.
public enum SourceTier: String, Sendable, Hashable, Codable, CaseIterable {
    /// Blink's own help centre.
    case official
    /// A third-party troubleshooting guide.
    case guide
}

/// Where a fact in the catalog comes from: a knowledge file name or a URL, and its tier.
public struct SourceReference: Sendable, Hashable, Codable {
    /// The knowledge file name (`001_206e938167f16b6c.txt`) or URL.
    public var ref: String
    /// How much the source is trusted.
    public var tier: SourceTier

    /// The short name a text cites a knowledge file by: its name up to the first `_` or `.` (`000` for
    /// `000_e12193bceaff6577.txt`); nil for a URL or a name without either.
    public var label: String? {
        guard !ref.contains("/"), let end = ref.firstIndex(where: { $0 == "_" || $0 == "." }), end > ref.startIndex
        else { return nil }
        return String(ref[..<end])
    }

    /// Creates a reference.
    public init(ref: String, tier: SourceTier) {
        self.ref = ref
        self.tier = tier
    }
}
