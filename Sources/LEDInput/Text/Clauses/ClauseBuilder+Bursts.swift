import LEDCore

extension ClauseBuilder {
    /// A counted burst that "keeps" coming and then ends ("keeps blinking red 6 times every time it records,
    /// then stops", "keeps flashing red like 3 times whenever a cat walks by, then goes dark") comes back
    /// each time; it is not one blinking without end. The "keeps" is dropped from a counted event that
    /// darkness follows.
    static func endingCountedBursts(_ result: Result) -> Result {
        var result = result
        for index in result.steps.indices.dropLast() {
            guard result.steps[index].count == 1, result.steps[index + 1].count == 1,
                result.steps[index + 1][0].isOff
            else { continue }
            let draft = result.steps[index][0]
            guard draft.duration?.bucket == .continuous, !draft.flags.contains(.past) else { continue }
            switch draft.count {
            case .exactly?, .between?: result.steps[index][0].duration = nil
            default: continue
            }
        }
        return result
    }
}
