import PCRE2
import Testing

@Suite("Numbered and named groups")
struct GroupTests {
    @Test(arguments: bothEngines)
    func numberedGroups(useJIT: Bool) throws {
        let pattern = try CompiledPattern(#"(\w+):(\w+):(\d)?"#, useJIT: useJIT)
        #expect(pattern.captureCount == 3)
        let subject = "led red:blink: x"
        let match = try #require(try pattern.firstMatch(in: subject))
        #expect(match.range == 4..<14)
        #expect(match.groups == [4..<14, 4..<7, 8..<13, nil])
        #expect(match[0] == 4..<14)
        #expect(match[1] == 4..<7)
        #expect(match[3] == nil)
        #expect(match[4] == nil)  // no such group
        #expect(match[-1] == nil)
        #expect(match.substring(in: subject) == "red:blink:")
        #expect(match.substring(ofGroup: 2, in: subject) == "blink")
        #expect(match.substring(ofGroup: 3, in: subject) == nil)
    }

    @Test(arguments: bothEngines)
    func trailingUnsetGroupsAreNil(useJIT: Bool) throws {
        let pattern = try CompiledPattern("(a)|(b)(c)?", useJIT: useJIT)
        let match = try #require(try pattern.firstMatch(in: "a"))
        #expect(match.groups == [0..<1, 0..<1, nil, nil])
        let second = try #require(try pattern.firstMatch(in: "b"))
        #expect(second.groups == [0..<1, nil, 0..<1, nil])
    }

    @Test(arguments: bothEngines)
    func namedGroups(useJIT: Bool) throws {
        let pattern = try CompiledPattern(
            #"(?<color>red|blue):(?<mode>blink|solid)(?::(?<rate>\d))?"#, options: .utf, useJIT: useJIT)
        #expect(pattern.groupNames == ["color": 1, "mode": 2, "rate": 3])
        let subject = "x blue:solid y"
        let match = try #require(try pattern.firstMatch(in: subject))
        #expect(match[name: "color"] == 2..<6)
        #expect(match.range(named: "mode") == 7..<12)
        #expect(match[name: "rate"] == nil)
        #expect(match[name: "nope"] == nil)
        #expect(match.substring(named: "color", in: subject) == "blue")
        #expect(match.substring(named: "rate", in: subject) == nil)
        let range = try #require(match.stringRange(named: "mode", in: subject))
        #expect(subject[range] == "solid")
    }

    @Test(arguments: bothEngines)
    func duplicateNamesPickTheSetGroup(useJIT: Bool) throws {
        let pattern = try CompiledPattern("(?J)(?<n>a)x|(?<n>b)y", useJIT: useJIT)
        #expect(pattern.groupNames == ["n": 1])
        #expect(try pattern.firstMatch(in: "ax")?[name: "n"] == 0..<1)
        let match = try #require(try pattern.firstMatch(in: "by"))
        #expect(match.groups == [0..<2, nil, 0..<1])
        #expect(match[name: "n"] == 0..<1)
    }

    @Test func manyGroupsGrowTheThreadMatchData() throws {
        // More groups than the smallest cached match data holds (16 pairs).
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        let subject = String((0..<40).map { letters[$0 % 26] })
        let pattern = try CompiledPattern(subject.map { "(\($0))" }.joined())
        let match = try #require(try pattern.firstMatch(in: subject))
        #expect(match.groups.count == 41)
        #expect(match[40] == 39..<40)
        // And a small pattern afterwards still works with the grown match data.
        #expect(try CompiledPattern("(b)").firstMatch(in: "ab")?.groups == [1..<2, 1..<2])
    }
}
