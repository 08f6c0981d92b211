/// The situation a person reports around what the LED does; it changes the diagnosis.
public enum ObservationContext: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    /// During setup, while setting it up.
    case setup
    /// After a (factory) reset.
    case afterReset = "after-reset"
    /// While holding or pressing the reset button.
    case holdingReset = "holding-reset"
    /// After changing Wi-Fi or network settings.
    case networkChange = "network-change"
    /// On motion: someone walked by, a wave.
    case motion
    /// While or after recording; "the blue recording light".
    case recording
    /// After a power cycle or unplugging.
    case powerCycle = "power-cycle"
    /// After putting in new batteries.
    case newBatteries = "new-batteries"
    /// The app says the device (or the cameras) are offline.
    case appOffline = "app-offline"
    /// After the internet came back.
    case internetRestored = "internet-restored"
    /// It will not go into pairing mode.
    case noPairingMode = "no-pairing-mode"
    /// The owner has a Blink Sync Module (asked of devices that can work without one).
    case hasSyncModule = "has-sync-module"

    /// Contexts sort alphabetically by their canonical spelling.
    public static func < (lhs: ObservationContext, rhs: ObservationContext) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Contexts that are symptoms on their own, so that a description of only them is an observation
    /// ("the app shows it offline", "it won't go into pairing mode"); the others are situations that
    /// need the light described ("after the reset" alone says nothing about the light).
    public static let symptoms: Set<ObservationContext> = [.appOffline, .noPairingMode]
}
