import LEDCore

extension ClauseBuilder {
    /// The reset button's situations once the text is read: letting go of the held button is after the reset
    /// ("held the button and let go, and ever since …"); a light told before letting go is while holding ("held
    /// reset, it went solid red, then I let go"), and after the reset too when the reset is named apart and a
    /// light follows ("factory reset: hold -> solid red; release -> blue") or what it did while held is told as
    /// the past ("Before I let go it flashed red and blue; after I let go it blinks blue"). Held without letting
    /// go ("holding the button of reset") is holding it, not after it.
    static func readResetButton(_ contexts: inout Set<ObservationContext>, assembly: Assembly, units: [Unit]) {
        if let release = assembly.release, !contexts.isDisjoint(with: [.holdingReset, .afterReset]) {
            if !release.lightBefore {
                contexts.insert(.afterReset)
                contexts.remove(.holdingReset)
            } else {
                contexts.insert(.holdingReset)
                if !assembly.lightAfterRelease {
                    contexts.remove(.afterReset)
                } else if units.contains(where: { $0.past && $0.hasEvents }) {
                    contexts.insert(.afterReset)
                }
            }
        } else if contexts.contains(.holdingReset) {
            contexts.remove(.afterReset)
        }
    }
}
