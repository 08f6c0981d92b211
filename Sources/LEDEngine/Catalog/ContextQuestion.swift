/// The yes/no question the catalog asks about one context, with how likely a "yes" is — in general
/// (`prior`) and under each cause (`likelihoods`).
public struct ContextQuestion: Sendable, Hashable {
    /// The question, in words.
    public var text: String
    /// The prior probability of "yes" (the catalog's rough base rate for the situation).
    public var prior: Double
    /// The devices it makes sense for; `nil` means every device ("new batteries" only for battery devices).
    public var devices: Set<String>?
    /// P(yes | cause) by cause id, where the catalog gives it (`given`); for the other causes the
    /// engine derives it from the rules (`docs/ranking.md`, "Answers").
    public var likelihoods: [String: Double]

    /// Creates a question.
    public init(text: String, prior: Double, devices: Set<String>?, likelihoods: [String: Double] = [:]) {
        self.text = text
        self.prior = prior
        self.devices = devices
        self.likelihoods = likelihoods
    }

    /// Whether to ask it about `device` (an unknown device may be asked anything).
    public func applies(to device: String?) -> Bool {
        guard let devices, let device else { return true }
        return devices.contains(device)
    }
}
