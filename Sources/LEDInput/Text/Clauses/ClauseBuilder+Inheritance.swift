import LEDCore

/// What a clause leaves to its neighbours: a clause that names no colour takes the colour of the lit step
/// before it (or after it), "both" every colour so far, and a bare colour after a blink blinks too.
extension ClauseBuilder {
    /// Fills in colours and kinds a clause leaves to its neighbours. On a device whose colours are `separate`
    /// LEDs, "both" with fewer than two colours told before it is those LEDs ("both lights were steady").
    static func inherit(_ steps: inout [Unit], separate: Set<LEDColor> = []) {
        let needsColor = steps.contains { $0.drafts.contains(where: \.needsColor) }
        // The nearest step after each step that has a coloured event (one backward pass keeps this linear).
        var coloredAfter: [Int] = []
        if needsColor {
            coloredAfter = [Int](repeating: -1, count: steps.count + 1)
            for position in steps.indices.reversed() {
                coloredAfter[position] =
                    steps[position].drafts.contains(where: \.hasColors) ? position : coloredAfter[position + 1]
            }
        }
        var colorsBefore: [LEDColor]?
        var allColorsBefore: [LEDColor] = []
        for position in steps.indices {
            if needsColor {
                for draftIndex in steps[position].drafts.indices where steps[position].drafts[draftIndex].needsColor {
                    // "then the green one came on and both stayed solid": both is every colour so far.
                    var colors =
                        steps[position].drafts[draftIndex].simultaneous && allColorsBefore.count > 1
                        ? allColorsBefore.sorted() : colorsBefore
                    let after = coloredAfter[position + 1]
                    let lit = after >= 0 ? steps[after].drafts.first(where: \.hasColors) : nil
                    if steps[position].drafts[draftIndex].simultaneous, separate.count == 2, allColorsBefore.count < 2 {
                        // "Before the power cut both lights were steady. Since …: blue solid": both LEDs, not blue.
                        colors =
                            lit.map { Self.colors(of: $0) }.flatMap { $0.count > 1 ? $0 : nil } ?? separate.sorted()
                    } else if colors == nil, let lit {
                        colors = Self.colors(of: lit)
                    }
                    if let colors { steps[position].drafts[draftIndex].colors = colors }
                }
                if let lit = steps[position].drafts.last(where: \.hasColors) { colorsBefore = Self.colors(of: lit) }
                for draft in steps[position].drafts where draft.hasColors && !draft.isDark {
                    for color in Self.colors(of: draft) where !allColorsBefore.contains(color) {
                        allColorsBefore.append(color)
                    }
                }
            }
            guard position > 0, steps[position].past == steps[position - 1].past, steps[position].drafts.count == 1,
                let order = steps[position].order, !order.reverses,
                steps[position - 1].drafts.count == 1, steps[position - 1].drafts[0].kind == .blink
            else { continue }
            let draft = steps[position].drafts[0]
            if draft.hasColors, draft.kind == nil, draft.count == nil, draft.speed == nil, !draft.off, !draft.ended,
                !draft.flags.contains(.noBlink)
            {
                steps[position].drafts[0].kind = .blink
            }
        }
    }
}
