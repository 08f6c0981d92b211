package import LEDCore

extension PhraseLexicon {
    /// A ``Builder``'s parts written as two strings and a list of meanings, so that the built-in vocabulary
    /// compiled when the package is built is source code: the words in id order, separated by spaces, and the
    /// trie and word lists as numbers in a compact text form (``NumberCode``).
    ///
    /// The numbers are: the number of trie nodes; per node after the root, its parent, its word and its
    /// meaning's index in `meanings` plus one (0: none); the five word lists of ``Builder``, each as its
    /// length and ids; the ids of "blink", "x" and "the". `contextPhrases` are the catalog phrases the
    /// builder had added after ``Lexicon/standard`` (``Lexicon/contextEntries(_:)``).
    package struct Tables: Sendable {
        package var words: String
        package var numbers: String
        package var meanings: [TextMeaning]
        package var contextPhrases: [ObservationContext: [String]]

        package init(
            words: String, numbers: String, meanings: [TextMeaning], contextPhrases: [ObservationContext: [String]]
        ) {
            self.words = words
            self.numbers = numbers
            self.meanings = meanings
            self.contextPhrases = contextPhrases
        }

        /// The builder's parts; `nil` when a word has a space in it, which the word string cannot hold.
        package init?(_ builder: Builder, contextPhrases: [ObservationContext: [String]]) {
            let list = builder.words.words
            guard !list.contains(where: { $0.isEmpty || $0.contains(UInt8(ascii: " ")) }) else { return nil }
            words = String(decoding: Array(list.joined(separator: [UInt8(ascii: " ")])), as: UTF8.self)
            var numbers = NumberCode.Writer()
            numbers.append(builder.parents.count)
            for node in builder.parents.indices.dropFirst() {
                numbers.append(Int(builder.parents[node]))
                numbers.append(Int(builder.labels[node]))
                numbers.append(Int(builder.meaningIDs[node]))
            }
            for list in [
                builder.skippable, builder.brandNouns, builder.possessives, builder.clauseStarts, builder.ordinary,
            ] {
                numbers.append(list.count)
                for id in list { numbers.append(Int(id)) }
            }
            for id in [builder.blink, builder.x, builder.the] { numbers.append(Int(id)) }
            self.numbers = numbers.text
            self.meanings = builder.meaningList
            self.contextPhrases = contextPhrases
        }
    }
}

extension PhraseLexicon.Builder {
    /// The builder the tables were written from; `nil` when they are damaged.
    package init?(_ tables: PhraseLexicon.Tables) {
        var words: [[UInt8]] = []
        WordTable.forEachWord(in: tables.words) { words.append(Array($0)) }
        var text = tables.numbers
        let decoded: Self?? = text.withUTF8 { bytes in
            var reader = NumberCode.Reader(bytes)
            guard let nodes = reader.next(), nodes >= 1, nodes <= bytes.count else { return nil }
            var parents: [Int32] = [-1]
            var labels: [Int32] = [-1]
            var meaningIDs: [Int32] = [0]
            parents.reserveCapacity(nodes)
            labels.reserveCapacity(nodes)
            meaningIDs.reserveCapacity(nodes)
            for _ in 1..<nodes {
                guard let parent = reader.next(), let label = reader.next(), let meaning = reader.next() else {
                    return nil
                }
                parents.append(Int32(truncatingIfNeeded: parent))
                labels.append(Int32(truncatingIfNeeded: label))
                meaningIDs.append(Int32(truncatingIfNeeded: meaning))
            }
            var lists: [[Int32]] = []
            for _ in 0..<5 {
                guard let count = reader.next(), count <= bytes.count else { return nil }
                var list: [Int32] = []
                for _ in 0..<count {
                    guard let id = reader.next() else { return nil }
                    list.append(Int32(truncatingIfNeeded: id))
                }
                lists.append(list)
            }
            guard let blink = reader.next(), let x = reader.next(), let the = reader.next(), reader.isAtEnd else {
                return nil
            }
            return Self(
                words: words, parents: parents, labels: labels, meaningIDs: meaningIDs, meaningList: tables.meanings,
                lists: lists, blink: Int32(truncatingIfNeeded: blink), x: Int32(truncatingIfNeeded: x),
                the: Int32(truncatingIfNeeded: the))
        }
        guard let decoded, let decoded else { return nil }
        self = decoded
    }
}
