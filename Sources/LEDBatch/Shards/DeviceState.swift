extension BatchDiagnoser.Shard {
    /// What a shard keeps per device (by shard-local id), side by side so that a line touches one entry:
    /// whether its name is usable, the slot of its open episode and its current model.
    struct DeviceState {
        /// The slot of the device's open episode in the shard's slots; -1 when none is open.
        var slot: Int32 = -1
        /// The device's current model (shard-local model id); -1 when none.
        var model: Int32 = -1
        /// Whether the name is UTF-8 text without control characters (otherwise its lines are rejected).
        var isValid: Bool
    }
}
