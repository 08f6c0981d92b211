import LEDCore

extension ClauseBuilder {
    /// The reset button's situations once the text is read: letting go of the held button is after the reset
    /// ("held the button and let go, and ever since …"); a light told before letting go is while holding ("held
    /// reset, it went solid red, then I let go"), and after the reset too when a light follows the letting go
    /// ("factory reset: hold -> solid red; release -> blue", "16:00 held reset, red flashing; 16:00:15 let go;
    /// 16:01 ring dark"). Held without letting go ("holding the button of reset") is holding it, not after it.
    static func readResetButton(_ contexts: inout Set<ObservationContext>, assembly: Assembly, units: [Unit]) {
        if let release = assembly.release, !contexts.isDisjoint(with: [.holdingReset, .afterReset]) {
            if !release.lightBefore {
                contexts.insert(.afterReset)
                contexts.remove(.holdingReset)
            } else {
                contexts.insert(.holdingReset)
                if !assembly.lightAfterRelease {
                    contexts.remove(.afterReset)
                } else {
                    contexts.insert(.afterReset)
                }
            }
        } else if contexts.contains(.holdingReset) {
            contexts.remove(.afterReset)
        }
    }
}
