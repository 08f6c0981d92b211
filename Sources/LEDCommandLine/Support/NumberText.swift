/// Numbers as the catalog commands print them.
enum NumberText {
    /// At most four decimals, no trailing zeros: `0.9`, `1`, `0.3825`.
    static func short(_ value: Double) -> String {
        let rounded = (value * 10_000).rounded() / 10_000
        if rounded == rounded.rounded(), abs(rounded) < 1e15 { return String(Int(rounded)) }
        return String(rounded)
    }
}
