public import LEDCore

/// Something a person can do: replace the batteries, power-cycle, factory-reset, …
public struct Fix: Sendable, Hashable, Codable {
    /// The stable id (`replace-batteries`, …).
    public var id: String
    /// A short title.
    public var title: String
    /// What it costs to do, in minutes (not counting setup again).
    public var minutes: Double
    /// Whether it wipes settings, so that setup has to be done again.
    public var destructive: Bool
    /// The steps, for any device.
    public var steps: [FixStep]
    /// Contexts that must hold for the fix to be offered ("power-cycle the Sync Module" needs
    /// `has-sync-module`): stated, answered "yes", or implied by the device (``DeviceModel/contexts``).
    public var requires: Set<ObservationContext> = []
    /// Steps for particular devices (by device id), replacing `steps` for them.
    public var deviceSteps: [String: [FixStep]]
    /// Where the facts come from.
    public var sources: [SourceReference]
    /// Where it is defined.
    public var location: CatalogLocation

    /// The steps for a device: its own when the catalog has them, otherwise the generic ones.
    public func fixSteps(for device: String?) -> [FixStep] {
        if let device, let specific = deviceSteps[device] { return specific }
        return steps
    }

    /// The steps for a device in full (``FixStep/detailed``): every reading with its source where the
    /// sources differ. A diagnosis's fix plan carries these (``PlannedFix/steps``).
    public func steps(for device: String?) -> [String] {
        fixSteps(for: device).map(\.detailed)
    }
}
