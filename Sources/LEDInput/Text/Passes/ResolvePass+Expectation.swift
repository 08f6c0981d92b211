extension ResolvePass {
    /// The index after the words of an expectation that opens at `start` ("the app says wait for the red
    /// flashing", "It should blink red for a minute"): up to the next comma, "and" or sentence end. The device
    /// the app names is still the device ("the app says 'Outdoor 4 is offline'"), and is kept in `out`. A
    /// situation is the person's, kept too, and ends what is expected — unless a light is expected before it
    /// and "then" goes on with it ("It should blink red for a minute after I change the password and then go
    /// dark", "supposed to go solid blue after setup, then turn off"): the expectation goes on past it.
    static func expectationEnd(_ items: [TextItem], from start: Int, into out: inout [TextItem]) -> Int {
        var last = start
        while last + 1 < items.count, !endsExpectation(items, at: last + 1) {
            if isSituation(items[last + 1].meaning) {
                var then = last + 2
                if then < items.count, items[then].meaning == .order(.comma) { then += 1 }
                guard then < items.count, items[then].meaning == .order(.then),
                    items[start...last].dropFirst().contains(where: \.meaning.describesLight)
                else { break }
                out.append(items[last + 1])
                last = then
                continue
            }
            last += 1
            if case .device = items[last].meaning { out.append(items[last]) }
        }
        return last + 1
    }

    /// Whether a setup named at `index` goes on with "to" and a light, past a device it names ("waiting for
    /// doorbell to flash red", "waiting for your camera to blink blue"): what the setup waits for.
    static func waitsForLight(_ items: [TextItem], after index: Int) -> Bool {
        var next = index + 1
        if next < items.count, case .device = items[next].meaning { next += 1 }
        guard next + 1 < items.count, items[next].meaning == .to else { return false }
        return items[next + 1].meaning.describesLight
    }
}
