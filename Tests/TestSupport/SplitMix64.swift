/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny seeded generator, so that every "random" test
/// input is the same on every run and a failure reproduces from its seed.
package struct SplitMix64: RandomNumberGenerator, Sendable {
    private var state: UInt64

    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A value drawn uniformly from `low...high`.
    package mutating func uniform(_ low: Double, _ high: Double) -> Double {
        Double.random(in: low...high, using: &self)
    }

    /// A value jittered by up to ±`fraction` around `nominal`.
    package mutating func jitter(_ nominal: Double, _ fraction: Double) -> Double {
        nominal * uniform(1 - fraction, 1 + fraction)
    }
}
