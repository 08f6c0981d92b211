/// One successful match: byte ranges of the whole match and of every capture group.
///
/// Offsets are UTF-8 byte offsets into the subject that was matched (for a `Substring`, relative to
/// its start). Use ``stringRange(in:)`` and ``substring(in:)`` to turn them into string positions.
public struct Match: Sendable, Hashable {
    /// The byte range of the whole match.
    public let range: Range<Int>
    /// Byte ranges by group number: index 0 is the whole match, index *n* capture group *n*; `nil` for
    /// a group that did not take part in the match. Always `captureCount + 1` elements.
    public let groups: [Range<Int>?]
    /// Group numbers by name (several for duplicate names).
    let groupNumbersByName: [String: [Int]]

    /// Creates a match (used by ``CompiledPattern``).
    init(range: Range<Int>, groups: [Range<Int>?], groupNumbersByName: [String: [Int]]) {
        self.range = range
        self.groups = groups
        self.groupNumbersByName = groupNumbersByName
    }

    /// The byte range of group `number` (0 is the whole match); `nil` if the group is unset or does not
    /// exist.
    public subscript(_ number: Int) -> Range<Int>? {
        groups.indices.contains(number) ? groups[number] : nil
    }

    /// The byte range of the group called `name`; `nil` if it is unset or there is no such group.
    /// With duplicate names, the lowest-numbered group that is set.
    public subscript(name name: String) -> Range<Int>? {
        groupNumber(named: name).flatMap { self[$0] }
    }

    /// The same match in a subject whose bytes from offset `start` on moved by `delta` (a different
    /// header before the same events): bounds at or after `start` move, bounds before it stay.
    public func moved(from start: Int, by delta: Int) -> Match {
        func move(_ bound: Int) -> Int { bound >= start ? bound + delta : bound }
        func move(_ range: Range<Int>) -> Range<Int> { move(range.lowerBound)..<move(range.upperBound) }
        return Match(
            range: move(range), groups: groups.map { $0.map(move) }, groupNumbersByName: groupNumbersByName)
    }

    /// The byte range of the group called `name` (same as `self[name: name]`).
    public func range(named name: String) -> Range<Int>? {
        self[name: name]
    }

    /// The number of the set group called `name` (with duplicate names, the lowest set one), or the
    /// lowest such number if none is set; `nil` if no group has that name.
    func groupNumber(named name: String) -> Int? {
        guard let numbers = groupNumbersByName[name] else { return nil }
        return numbers.first { self[$0] != nil } ?? numbers.first
    }
}
