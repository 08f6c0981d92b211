extension PhraseLexicon {
    /// A lexicon being compiled: the word lists interned first, then each phrase added to the trie in order.
    /// Because the lists come first, a lexicon with phrases appended (``Lexicon/adding(contextPhrases:)``)
    /// compiles to the same ids as the shorter lexicon's builder with those phrases added to it.
    package struct Builder: Sendable, Equatable {
        /// Every word interned so far.
        package private(set) var words: WordTable
        /// Trie edges: key `node << 32 | word id`, value the child node.
        package private(set) var edges: EdgeTable
        /// Per trie node (0 is the root): the node it hangs from and the word on its edge.
        package private(set) var parents: [Int32] = [-1]
        package private(set) var labels: [Int32] = [-1]
        /// Per trie node: the meaning of the phrase ending there, as its index in `meaningList` plus one (0: none).
        package private(set) var meaningIDs: [Int32] = [0]
        /// The distinct meanings, in the order their first phrase was added.
        package private(set) var meaningList: [TextMeaning] = []
        /// `meaningList`'s indices, made when a phrase is first added to a builder restored from tables.
        private var meaningIndex: [TextMeaning: Int32]?
        /// The ids of the words in ``Lexicon``'s lists.
        package private(set) var skippable: [Int32] = []
        package private(set) var brandNouns: [Int32] = []
        package private(set) var possessives: [Int32] = []
        package private(set) var clauseStarts: [Int32] = []
        package private(set) var ordinary: [Int32] = []
        /// The ids of "blink", "x" and "the".
        package private(set) var blink: Int32 = -1
        package private(set) var x: Int32 = -1
        package private(set) var the: Int32 = -1

        /// A builder with the lexicon's word lists interned and no phrase yet.
        package init(lists lexicon: Lexicon) {
            let phrases = lexicon.entries.reduce(0) { $0 + $1.phrases.count }
            words = WordTable(capacity: 4096)
            // About two edges per phrase (most are one to three words, sharing their first ones).
            edges = EdgeTable(capacity: max(phrases, 1024) * 2)
            meaningIndex = [:]
            func ids(_ list: [String]) -> [Int32] { list.map { words.intern($0) } }
            skippable = ids(lexicon.skippable)
            brandNouns = ids(lexicon.brandNouns)
            possessives = ids(lexicon.possessives)
            clauseStarts = ids(lexicon.clauseStarts)
            ordinary = ids(lexicon.ordinary)
            for target in lexicon.spellingTargets { words.intern(target) }
            blink = words.intern("blink")
            x = words.intern("x")
            the = words.intern("the")
        }

        /// A builder restored from its parts (``Tables``); `nil` when they do not describe a trie.
        package init?(
            words list: [[UInt8]], parents: [Int32], labels: [Int32], meaningIDs: [Int32], meaningList: [TextMeaning],
            lists: [[Int32]], blink: Int32, x: Int32, the: Int32
        ) {
            guard lists.count == 5, parents.count == labels.count, parents.count == meaningIDs.count,
                parents.first == -1, meaningIDs.allSatisfy({ $0 >= 0 && Int($0) <= meaningList.count })
            else { return nil }
            words = WordTable(capacity: max(list.count, 4096))
            for word in list where words.intern(bytes: word) != Int32(words.count - 1) { return nil }
            // Room for a catalog's context phrases before the table grows.
            edges = EdgeTable(capacity: parents.count + 2048)
            for node in parents.indices.dropFirst() {
                let parent = parents[node]
                let label = labels[node]
                guard parent >= 0, Int(parent) < node, label >= 0, Int(label) < list.count else { return nil }
                edges.insert(Int32(node), for: UInt64(parent) << 32 | UInt64(label))
            }
            let known = 0..<Int32(list.count)
            guard lists.allSatisfy({ $0.allSatisfy(known.contains) }), known.contains(blink), known.contains(x),
                known.contains(the)
            else { return nil }
            self.parents = parents
            self.labels = labels
            self.meaningIDs = meaningIDs
            self.meaningList = meaningList
            (skippable, brandNouns, possessives, clauseStarts, ordinary) = (
                lists[0], lists[1], lists[2], lists[3], lists[4]
            )
            (self.blink, self.x, self.the) = (blink, x, the)
        }

        /// Two builders are equal when they hold the same words, trie, meanings and lists (the hash tables' sizes,
        /// which depend on how they were made, do not count).
        package static func == (lhs: Builder, rhs: Builder) -> Bool {
            lhs.words.words == rhs.words.words && lhs.parents == rhs.parents && lhs.labels == rhs.labels
                && lhs.meaningIDs == rhs.meaningIDs && lhs.meaningList == rhs.meaningList
                && lhs.skippable == rhs.skippable && lhs.brandNouns == rhs.brandNouns
                && lhs.possessives == rhs.possessives && lhs.clauseStarts == rhs.clauseStarts
                && lhs.ordinary == rhs.ordinary && (lhs.blink, lhs.x, lhs.the) == (rhs.blink, rhs.x, rhs.the)
        }

        /// Adds every phrase of the entries, in order.
        package mutating func add(_ entries: [Lexicon.Entry]) {
            for entry in entries {
                for phrase in entry.phrases { add(phrase, meaning: entry.meaning) }
            }
        }

        /// Adds one phrase (words separated by single spaces). The first meaning given a phrase wins.
        package mutating func add(_ phrase: String, meaning: TextMeaning) {
            var node: Int32 = 0
            WordTable.forEachWord(in: phrase) { word in
                let id = words.intern(bytes: word)
                let key = UInt64(node) << 32 | UInt64(id)
                if let next = edges[key] {
                    node = next
                } else {
                    let next = Int32(meaningIDs.count)
                    meaningIDs.append(0)
                    parents.append(node)
                    labels.append(id)
                    edges.insert(next, for: key)
                    node = next
                }
            }
            guard node > 0, meaningIDs[Int(node)] == 0 else { return }
            if meaningIndex == nil {
                meaningIndex = Dictionary(
                    meaningList.enumerated().map { ($0.element, Int32($0.offset + 1)) },
                    uniquingKeysWith: { first, _ in first })
            }
            let id: Int32
            if let known = meaningIndex?[meaning] {
                id = known
            } else {
                meaningList.append(meaning)
                id = Int32(meaningList.count)
                meaningIndex?[meaning] = id
            }
            meaningIDs[Int(node)] = id
        }
    }
}
