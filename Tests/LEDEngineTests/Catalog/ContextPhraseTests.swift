import LEDCore
import LEDVocabulary
import Testing

@testable import LEDEngine

/// The context lexicon lives in the catalog (`contexts.yaml`, `phrases`): catalog authors extend what
/// the reader understands without code.
@Suite struct ContextPhraseTests {
    static func diagnoser(adding yaml: String) throws -> Diagnoser {
        let files = Catalog.builtinFiles + [CatalogFile(name: "mine/contexts.yaml", text: yaml)]
        return Diagnoser(catalog: try CatalogLoader().load(files))
    }

    @Test func aCatalogEntryWithOnlyPhrasesExtendsABuiltInContext() throws {
        let builtin = try Diagnoser.builtin()
        #expect(try builtin.read("flashes red once the hedgehog snuffles about", device: "xt2").contexts.isEmpty)
        let extended = try Self.diagnoser(
            adding: """
                contexts:
                  - id: motion
                    phrases: [hedgehog snuffles, Hedge-Hog Appears]
                """)
        #expect(try extended.read("flashes red once the hedgehog snuffles about", device: "xt2").contexts == [.motion])
        #expect(try extended.read("a red flash when a HEDGE-HOG appears", device: "xt2").contexts == [.motion])
        #expect(extended.catalog.contextQuestions[.motion] == builtin.catalog.contextQuestions[.motion])
    }

    @Test func theBuiltInPhrasesComeFromTheCatalog() throws {
        let catalog = try Catalog.builtin()
        #expect(catalog.contextPhrases[.afterReset]?.contains("factory reset") == true)
        #expect(catalog.contextPhrases[.networkChange]?.contains("changed wifi") == true)
        for (context, phrases) in catalog.contextPhrases {
            #expect(!phrases.isEmpty, "\(context)")
            #expect(
                phrases.allSatisfy { Lexicon.contextPhrase($0) == $0 },
                "\(context): phrases are stored as the reader matches them")
        }
    }

    /// Situations in the words of fresh owner descriptions (other wordings than the rows that showed them).
    @Test(
        "the built-in phrases read situations as owners word them",
        arguments: [
            ("ever since we swapped routers it blinks red", ObservationContext.networkChange),
            ("when the electricity came back on it went solid red", .powerCycle),
            ("I remove the battery and put back, now blinking blue", .powerCycle),
            ("any passer-by makes it flash red twice", .motion),
            ("the app is on 'connecting your camera' and it flashes red", .setup),
            ("swapped the AAs last week, six red blinks after each clip", .newBatteries),
            ("pressed in the hole with a toothpick: solid red", .holdingReset),
            ("blinks red twice whenever the gardener mows past", .motion),
            ("the neighbour's cat ran across the lawn and it flashed red once", .motion),
            ("flashes red three times everytime a fox walks by", .motion),
            ("pulled the batts for a minute, now it blinks blue", .powerCycle),
            ("right after it's done filming it blinks red five times", .recording),
            ("the blue shows during recordings and then red x5", .recording),
        ])
    func ownersWords(text: String, context: ObservationContext) throws {
        let observation = try Diagnoser.builtin().read(text, device: "outdoor")
        #expect(observation.contexts.contains(context), "\(observation.canonical)")
    }

    @Test func aPhraseWithNumbersOrSymbolsIsAnErrorAtItsPlace() throws {
        #expect {
            _ = try Self.diagnoser(
                adding: """
                    contexts:
                      - id: network-change
                        phrases: [turned off 5ghz]
                    """)
        } throws: { error in
            guard let error = error as? CatalogError else { return false }
            return error.problems.contains {
                $0.location.file == "mine/contexts.yaml" && $0.location.line == 3
                    && $0.message.contains("letters and apostrophes")
            }
        }
    }

    @Test func aQuestionIsStillDefinedOnce() throws {
        #expect(throws: CatalogError.self) {
            _ = try Self.diagnoser(
                adding: """
                    contexts:
                      - id: motion
                        question: "Something moved?"
                    """)
        }
    }
}
