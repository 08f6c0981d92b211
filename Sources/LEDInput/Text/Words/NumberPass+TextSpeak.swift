/// Numbers in text-speak: "24/7" (also "24-7", "24x7") is without end, as "nonstop" is — not a count or a
/// rate; "used 2" is "used to".
extension NumberPass {
    /// Whether the number of `group` is the "2" of "used 2" / "use 2" ("it used 2 be dark").
    func isUsedTo(_ group: Group) -> Bool {
        guard group.high == nil, !group.spelled, group.low.integer == 2, !group.low.isClock else { return false }
        return ["used", "use"].contains(word(group.first - 1))
    }

    /// The index after the "7" when the number of `group` opens "24/7".
    func aroundTheClock(_ group: Group, _ items: [TextItem]) -> Int? {
        guard group.high == nil || group.high?.integer == 7, group.low.integer == 24 else { return nil }
        if group.high?.integer == 7 { return group.next }  // "24-7", read as a range
        guard group.next + 1 < items.count, ["/", "x"].contains(text(items[group.next].first, items[group.next].last)),
            case .number(let seven, _) = items[group.next + 1].meaning, seven.integer == 7
        else { return nil }
        return group.next + 2
    }
}
