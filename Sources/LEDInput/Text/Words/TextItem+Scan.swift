extension TextItem {
    /// The loop of every reading pass: reads `count` inputs (tokens or items) left to right into items.
    /// `step` reads at `index`, appends what it makes of the input there to `items` (nothing, one item,
    /// or one for several inputs), and returns the index to read next, past `index`.
    static func scan<Failure: Error>(
        _ count: Int, _ step: (_ index: Int, _ items: inout [TextItem]) throws(Failure) -> Int
    ) throws(Failure) -> [TextItem] {
        var items: [TextItem] = []
        items.reserveCapacity(count)
        var index = 0
        while index < count {
            let next = try step(index, &items)
            assert(next > index, "a reading pass must move on")
            index = next
        }
        return items
    }
}
