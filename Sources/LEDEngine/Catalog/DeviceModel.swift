public import LEDCore

/// What kind of product a device is.

public enum DeviceKind: String, Sendable, Hashable, Codable, CaseIterable {
    case batteryCamera = "battery-camera"
    case plugInCamera = "plug-in-camera"
    case doorbell
    case syncModule = "sync-module"
    case floodlight
}

/// How a device is powered.
public enum PowerSource: String, Sendable, Hashable, Codable, CaseIterable {
    case aaLithium = "aa-lithium"
    case usb
    case wired
    case mains
}

/// One source's reading of where a device's reset button is and how long to hold it.
public struct ResetReading: Sendable, Hashable, Codable {
    /// Where the button is.
    public var location: String
    /// The shortest and longest hold time the source gives, in seconds, when it gives one.
    public var holdSeconds: ClosedRange<Double>?
    /// Who says so.
    public var source: SourceReference

    /// Creates a reading.
    public init(location: String, holdSeconds: ClosedRange<Double>?, source: SourceReference) {
        self.location = location
        self.holdSeconds = holdSeconds
        self.source = source
    }
}

/// A device model the catalog knows: its names, LEDs, power and reset button.
public struct DeviceModel: Sendable, Hashable, Codable {
    /// The stable id (`mini`, `outdoor-4`, …).
    public var id: String
    /// The display name.
    public var name: String
    /// Other names people use; matched case-insensitively, ignoring spaces and hyphens.
    public var aliases: [String]
    /// What kind of product it is.
    public var kind: DeviceKind
    /// The LED colours it can show.
    public var leds: [LEDColor]
    /// Colours that are separate LEDs, each able to do something else at the same time (the Sync
    /// Module's blue and green); empty for a device with one LED.
    public var separateLEDs: [LEDColor] = []
    /// How it is powered.
    public var power: PowerSource
    /// What holds for every such device, as answers to context questions: an Outdoor 4 works through a
    /// Sync Module (`has-sync-module: yes`); a Mini may or may not (not listed: asked when it matters).
    public var contexts: [ObservationContext: Bool] = [:]
    /// Each source's reading of the reset button, official first.
    public var reset: [ResetReading]
    /// Free notes.
    public var notes: String?
    /// Where the facts come from.
    public var sources: [SourceReference]
    /// Where it is defined.
    public var location: CatalogLocation

    /// Whether the device runs on batteries.
    public var hasBatteries: Bool { power == .aaLithium }
}
