extension NearMiss {
    /// The reason in the words of an explanation: "matches, but the rule is only for mini, mini-2",
    /// "needs context setup", "the pattern got through 36 of 41 bytes, then failed".
    public func detail(canonicalLength: Int) -> String {
        switch reason {
        case .device(let devices):
            return "matches, but the rule is only for " + devices.joined(separator: ", ")
        case .context(let missing, let present):
            var parts: [String] = []
            let missingNames = missing.map(\.rawValue).joined(separator: ", ")
            let presentNames = present.map(\.rawValue).joined(separator: ", ")
            if !missing.isEmpty { parts.append("needs context " + missingNames) }
            if !present.isEmpty { parts.append("is not for context " + presentNames) }
            return "matches, but " + parts.joined(separator: " and ")
        case .partial(let reached):
            if reached >= canonicalLength {
                return "the pattern got through all \(canonicalLength) bytes and wants more events"
            }
            return "the pattern got through \(reached) of \(canonicalLength) bytes, then failed"
        }
    }
}
