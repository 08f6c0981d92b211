/// How fast a blink run pulses (see ``TimingVocabulary`` for the thresholds).
public enum BlinkSpeed: String, Sendable, Hashable, Codable, CaseIterable {
    case slow, medium, fast
}
