import LEDCore

/// Separate LEDs described clause by clause (the Sync Module's blue and green) as one moment.
extension ClauseBuilder {
    /// On a device whose colours are separate LEDs, clauses that each describe one of those LEDs,
    /// separated only by a comma or a full stop, happen at the same time ("blue steady, green flashing";
    /// "blue, solid; green, blinking"). A sequence word ("then", "after") still orders them.
    static func joinSeparateLEDs(_ units: inout [Unit], _ separate: Set<LEDColor>) {
        guard separate.count > 1 else { return }
        // Separate LEDs blinking are lit together, not taking turns ("blinking green and blue").
        for unit in units.indices {
            for draft in units[unit].drafts.indices where units[unit].drafts[draft].kind == .blink {
                let colors = units[unit].drafts[draft].colors
                if colors.count > 1, colors.allSatisfy(separate.contains) {
                    units[unit].drafts[draft].simultaneous = true
                }
            }
        }
        // "the XR is blinking: blue, with its green lit steady": the kind told before the colon is the colour's.
        for index in units.indices.dropFirst() where units[index].order == .comma {
            guard units[index].drafts.count == 1, let first = units[index].drafts.first, first.hasColors,
                first.kind == nil, !first.isDark,
                let previous = units[..<index].lastIndex(where: { !$0.drafts.isEmpty }),
                units[previous].drafts.count == 1, let kind = units[previous].drafts[0].kind
            else { continue }
            let told = units[previous].drafts[0]
            guard !told.hasColors, !told.isDark, told.count == nil, told.duration == nil,
                told.speed == nil
            else { continue }
            units[index].drafts[0].kind = kind
            if first.colors.count > 1, told.simultaneous { units[index].drafts[0].simultaneous = true }
            units[previous].drafts = []
        }
        // "both LEDs (green, blue) lit", "green, blue both steady": colours listed before the kind they share.
        for index in units.indices.dropFirst() where units[index].order == .comma {
            guard units[index].drafts.count == 1, let last = units[index].drafts.first, last.hasColors,
                last.effectiveKind != nil, !last.isDark, last.colors.allSatisfy(separate.contains),
                units[index - 1].drafts.count == 1, let listed = units[index - 1].drafts.first, listed.hasColors,
                listed.kind == nil, !listed.isDark, listed.count == nil, listed.duration == nil, listed.speed == nil,
                listed.colors.allSatisfy(separate.contains), Set(listed.colors).isDisjoint(with: last.colors)
            else { continue }
            var joined = listed
            joined.merge(last)
            joined.simultaneous = true
            units[index].drafts[0] = joined
            units[index - 1].drafts = []
        }
        func describesOneLED(_ unit: Unit) -> Bool {
            !unit.drafts.isEmpty
                && unit.drafts.allSatisfy { draft in
                    !draft.colors.isEmpty && draft.colors.allSatisfy(separate.contains)
                        && (draft.effectiveKind != nil || Self.sitsThere(draft)) || draft.isModifier
                } && unit.drafts.contains { !$0.colors.isEmpty }
        }
        var previous = -1
        for index in units.indices {
            guard units[index].hasEvents else { continue }
            defer { previous = units[index].drafts.isEmpty ? previous : index }
            guard previous >= 0, units[index].order == .comma || units[index].order == .sentence,
                describesOneLED(units[index]),
                describesOneLED(units[previous])
            else {
                continue
            }
            let before = Set(units[previous].drafts.flatMap(\.colors))
            let now = Set(units[index].drafts.flatMap(\.colors))
            guard before.isDisjoint(with: now) else { continue }
            units[previous].drafts += units[index].drafts
            units[index].drafts = []
        }
        // Both LEDs doing the same is one event of both colours: "blue steady, green steady" is blue-green solid.
        for index in units.indices where units[index].drafts.count == 2 {
            let (a, b) = (units[index].drafts[0], units[index].drafts[1])
            guard let kind = a.effectiveKind, kind == b.effectiveKind, kind == .solid || kind == .blink, !a.isDark,
                a.count == b.count, a.speed == b.speed, (a.colors + b.colors).allSatisfy(separate.contains)
            else { continue }
            units[index].drafts[0].merge(b)
            units[index].drafts[0].simultaneous = true
            units[index].drafts.removeLast()
        }
    }

    /// Whether a light with no kind of its own is said to stay as it is ("blue just sitting there"): steady.
    static func sitsThere(_ draft: EventDraft) -> Bool {
        draft.kind == nil && !draft.isDark && draft.hasColors && draft.duration?.bucket == .continuous
    }
}
