/// Finds which of a set of byte strings occur in a subject, in one pass over it, whatever their number:
/// an Aho–Corasick automaton (a trie of the literals with failure links, compiled into a full
/// transition table). The alphabet is the bytes the literals use; every other byte is one class that
/// leads back to the root. Immutable and `Sendable`; built once per catalog.
struct LiteralScanner: Sendable {
    /// Per byte: its class (0 for bytes no literal has).
    private let classes: [UInt8]
    /// Classes in the alphabet, "other" included.
    private let width: Int
    /// `transitions[state * width + class]`: the state after reading a byte of `class` in `state`.
    private let transitions: [Int32]
    /// Per state, the literals that end there (its own and its failure chain's), as a range of `found`.
    private let foundRanges: [Range<Int32>]
    private let found: [Int32]

    /// An automaton for `literals` (none empty); a literal's id is its index.
    init(_ literals: [[UInt8]]) {
        var classes = [UInt8](repeating: 0, count: 256)
        var width = 1
        for literal in literals {
            for byte in literal where classes[Int(byte)] == 0 {
                classes[Int(byte)] = UInt8(truncatingIfNeeded: width)
                width += 1
            }
        }
        // The trie: children by class (-1 none), and the literals ending at each node.
        var children: [[Int32]] = [[Int32](repeating: -1, count: width)]
        var ends: [[Int32]] = [[]]
        for (id, literal) in literals.enumerated() {
            var state = 0
            for byte in literal {
                let symbol = Int(classes[Int(byte)])
                if children[state][symbol] < 0 {
                    children[state][symbol] = Int32(children.count)
                    children.append([Int32](repeating: -1, count: width))
                    ends.append([])
                }
                state = Int(children[state][symbol])
            }
            ends[state].append(Int32(id))
        }
        // Breadth first: failure links, then full transitions and the literals found at each state.
        let count = children.count
        var transitions = [Int32](repeating: 0, count: count * width)
        var failure = [Int32](repeating: 0, count: count)
        var output = ends
        var queue: [Int] = []
        for symbol in 0..<width where children[0][symbol] > 0 {
            transitions[symbol] = children[0][symbol]
            queue.append(Int(children[0][symbol]))
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fallback = Int(failure[state])
            output[state] += output[fallback]
            for symbol in 0..<width {
                let child = children[state][symbol]
                if child >= 0 {
                    failure[Int(child)] = transitions[fallback * width + symbol]
                    transitions[state * width + symbol] = child
                    queue.append(Int(child))
                } else {
                    transitions[state * width + symbol] = transitions[fallback * width + symbol]
                }
            }
        }
        var found: [Int32] = []
        var ranges: [Range<Int32>] = []
        for state in 0..<count {
            let start = Int32(found.count)
            found += output[state]
            ranges.append(start..<Int32(found.count))
        }
        self.classes = classes
        self.width = width
        self.transitions = transitions
        self.foundRanges = ranges
        self.found = found
    }

    /// Calls `body` with the id of every literal occurrence in `subject` (a literal found twice is
    /// reported twice).
    @inline(__always)
    func scan(_ subject: UnsafeBufferPointer<UInt8>, _ body: (Int) -> Void) {
        var state = 0
        for byte in subject {
            state = Int(transitions[state &* width &+ Int(classes[Int(byte)])])
            for index in foundRanges[state] { body(Int(found[Int(index)])) }
        }
    }
}
