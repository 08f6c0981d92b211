/// The yes/no question the catalog asks about one context, with how likely a "yes" is.
public struct ContextQuestion: Sendable, Hashable {
    /// The question, in words.
    public var text: String
    /// The prior probability of "yes" (the catalog's rough base rate for the situation).
    public var prior: Double
    /// The devices it makes sense for; `nil` means every device ("new batteries" only for battery devices).
    public var devices: Set<String>?

    /// Creates a question.
    public init(text: String, prior: Double, devices: Set<String>?) {
        self.text = text
        self.prior = prior
        self.devices = devices
    }

    /// Whether to ask it about `device` (an unknown device may be asked anything).
    public func applies(to device: String?) -> Bool {
        guard let devices, let device else { return true }
        return devices.contains(device)
    }
}
