extension BatchDiagnoser.Shard {
    /// What a shard keeps per device (by shard-local id), side by side so that a line touches one entry:
    /// whether its name is usable and used, the slot of its open episode and its current model.
    struct DeviceState {
        /// The slot of the device's open episode in the shard's slots; -1 when none is open.
        var slot: Int32 = -1
        /// The device's current model (shard-local model id); -1 when none.
        var model: Int32 = -1
        /// Whether the name is UTF-8 text without control characters (otherwise its lines are rejected).
        var isValid: Bool
        /// Whether one of its lines was used (a transition, or typed text that was read): a device named
        /// only on rejected lines is not counted in the summary.
        var isUsed = false
    }
}
