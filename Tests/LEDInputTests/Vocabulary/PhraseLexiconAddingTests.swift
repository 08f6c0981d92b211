import Foundation
import LEDEngine
import TestSupport
import Testing

@testable import LEDInput

/// The parser's lexicon is the built-in one with the catalog's context phrases added to its trie
/// (`PhraseLexicon.adding`), not compiled again from the whole vocabulary: every labelled description reads the
/// same with either.
@Suite struct PhraseLexiconAddingTests {
    /// Every description of the labelled tables and of the corpus beside the repository, with its device.
    static func descriptions() throws -> [(device: String?, text: String)] {
        var files = try FileManager.default.contentsOfDirectory(
            at: TestPaths.accuracy, includingPropertiesForKeys: nil
        ).filter { $0.pathExtension == "tsv" }
        if FileManager.default.fileExists(atPath: TestPaths.corpus.path) { files.append(TestPaths.corpus) }
        var out: [(device: String?, text: String)] = []
        for file in files {
            for line in try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
            where !line.hasPrefix("#") {
                let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard columns.count >= 2 else { continue }
                out.append((columns[0] == "-" ? nil : String(columns[0]), String(columns[1])))
            }
        }
        return out
    }

    static func reading(_ parser: TextObservationParser, _ text: String, _ device: String?) -> String {
        do {
            return try parser.parse(text, device: device).canonical
        } catch {
            return "error: \(error.description)"
        }
    }

    @Test func addingContextPhrasesReadsAsCompilingEverything() throws {
        let phrases = TextParserFixtures.contextPhrases
        let devices = TextParserFixtures.devices
        let reference = TextObservationParser(
            devices: devices, lexicon: PhraseLexicon(Lexicon.standard.adding(contextPhrases: phrases)))
        let added = TextObservationParser(devices: devices, contextPhrases: phrases)
        let descriptions = try Self.descriptions()
        #expect(descriptions.count > 3_000)
        var differing = 0
        for (device, text) in descriptions {
            let expected = Self.reading(reference, text, device)
            let got = Self.reading(added, text, device)
            if got != expected {
                differing += 1
                if differing <= 5 { Issue.record("\(text)\n  compiled: \(expected)\n  added:    \(got)") }
            }
        }
        #expect(differing == 0)
    }

    @Test func aWordNewToTheBuiltInVocabularyIsInNoWordList() {
        let added = PhraseLexicon.standard.adding([
            Lexicon.Entry(meaning: .context(.setup), phrases: ["zzyzx quux", "the installer's zzyzx"])
        ])
        for word in ["zzyzx", "quux"] {
            let bytes = Array(word.utf8)
            guard let id = added.words.id(of: bytes[...], hash: WordTable.hash(bytes)) else {
                Issue.record("\(word) is not interned")
                continue
            }
            #expect(!added.isSkippable(id) && !added.isBrandNoun(id) && !added.isPossessive(id))
            #expect(!added.ordinaryIDs[Int(id)])
        }
        // a possessive new to it may sit inside a phrase, as in a lexicon compiled from scratch
        let possessive = Array("installer's".utf8)
        let id = added.words.id(of: possessive[...], hash: WordTable.hash(possessive))
        #expect(id.map(added.isSkippable) == true)
    }
}
