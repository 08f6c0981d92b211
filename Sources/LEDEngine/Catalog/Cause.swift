/// How serious a cause is.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// Nothing is wrong; the LED shows normal operation.
    case normal
    /// Something needs attention soon.
    case warning
    /// Something is broken.
    case fault

    /// Severities order normal < warning < fault.
    public static func < (lhs: Severity, rhs: Severity) -> Bool {
        let order: [Severity] = [.normal, .warning, .fault]
        return (order.firstIndex(of: lhs) ?? 0) < (order.firstIndex(of: rhs) ?? 0)
    }
}

/// A fix that addresses a cause, with the probability that it does.
public struct CauseFix: Sendable, Hashable, Codable {
    /// The fix's id.
    public var fix: String
    /// P(this fix fixes the cause), in 0…1.
    public var probability: Double

    /// Creates a link from a cause to a fix.
    public init(fix: String, probability: Double) {
        self.fix = fix
        self.probability = probability
    }
}

/// Why an LED does what it does: low battery, network failure, frozen firmware, motion, …
public struct Cause: Sendable, Hashable, Codable {
    /// The stable id (`low-battery`, …).
    public var id: String
    /// A short title.
    public var title: String
    /// What it means, in a sentence or two.
    public var meaning: String
    /// How serious it is.
    public var severity: Severity
    /// For normal causes: what to expect next.
    public var expect: String?
    /// The fixes that address it, each with the probability that it does.
    public var fixes: [CauseFix]
    /// The power sources of the devices that can have it (`nil`: every device); low batteries need batteries.
    public var power: Set<PowerSource>? = nil
    /// Where the facts come from.
    public var sources: [SourceReference]
    /// Where it is defined.
    public var location: CatalogLocation

    /// Whether `device` can have this cause (an unknown device can have any).
    public func applies(to device: DeviceModel?) -> Bool {
        guard let power, let device else { return true }
        return power.contains(device.power)
    }
}
