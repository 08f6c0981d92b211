extension RequiredLiterals {
    /// A few byte strings without duplicates (at most ``Reader/exactLimit`` exact ones, a few dozen
    /// required ones): an array searched linearly, which costs far less than hashing each string.
    struct LiteralSet: Sequence, ExpressibleByArrayLiteral {
        private(set) var strings: [[UInt8]]

        init(arrayLiteral elements: [UInt8]...) {
            strings = []
            for element in elements { insert(element) }
        }

        init(_ elements: some Sequence<[UInt8]>) {
            strings = []
            for element in elements { insert(element) }
        }

        var count: Int { strings.count }
        var isEmpty: Bool { strings.isEmpty }

        func contains(_ string: [UInt8]) -> Bool { strings.contains(string) }

        mutating func insert(_ string: [UInt8]) {
            if !strings.contains(string) { strings.append(string) }
        }

        func union(_ other: LiteralSet) -> LiteralSet {
            var united = self
            for string in other.strings { united.insert(string) }
            return united
        }

        func makeIterator() -> IndexingIterator<[[UInt8]]> { strings.makeIterator() }
    }
}
