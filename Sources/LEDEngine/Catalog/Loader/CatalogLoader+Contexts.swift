import CatalogSyntax
import LEDCore
import LEDVocabulary

// The `contexts` section: the questions asked about an observation and the phrases that set them.
extension CatalogLoader {
    /// A context's question as written, and where.
    typealias ContextDefinition = (question: ContextQuestion, location: CatalogLocation)

    /// Reads one `contexts` entry: its phrases into `phrases`, its question (once per context) into
    /// `questions`.
    static func readContext(
        _ node: CatalogNode, questions: inout [ObservationContext: ContextDefinition],
        phrases: inout [ObservationContext: [String]], reader: inout YAMLNodeReader
    ) {
        let allowed = ["id", "question", "prior", "devices", "given", "phrases"]
        guard let fields = reader.mapping(node, what: "a context", allowed: allowed),
            let id = reader.string(fields, "id", in: "a context", at: node),
            let context = reader.enumValue(id, at: fields["id"], as: ObservationContext.self, what: "context")
        else { return }
        let owner = "context \"\(id)\""
        var known = Set(phrases[context, default: []])
        for phraseNode in reader.sequence(fields["phrases"], what: "phrases") {
            guard let phrase = phraseNode.string.flatMap(Lexicon.contextPhrase) else {
                reader.report(
                    "\(owner): a phrase is words of letters and apostrophes (the reader reads numbers as numbers)",
                    at: phraseNode)
                continue
            }
            if known.insert(phrase).inserted { phrases[context, default: []].append(phrase) }
        }
        // An entry with phrases only adds words to a context defined elsewhere (your own catalog
        // extending the built-in one); the question is asked once per context.
        let addsPhrasesOnly =
            fields["question"] == nil && fields["prior"] == nil && fields["devices"] == nil && fields["given"] == nil
        if addsPhrasesOnly, fields["phrases"] != nil { return }
        guard let question = reader.string(fields, "question", in: owner, at: node) else { return }
        let prior =
            fields["prior"] == nil ? 0.5 : reader.number(fields, "prior", in: owner, at: node, range: 0.01...0.99)
        let devices: Set<String>? = fields["devices"] == nil ? nil : Set(reader.strings(fields, "devices", in: owner))
        // P(yes | cause), by cause id: checked against the causes once every file is read.
        var likelihoods: [String: Double] = [:]
        for (cause, value, _) in reader.pairs(fields, "given", in: owner) {
            guard let p = value.number, (0.01...0.99).contains(p) else {
                reader.report("\(owner): given \"\(cause)\" is P(yes | cause), a number from 0.01 to 0.99", at: value)
                continue
            }
            likelihoods[cause] = p
        }
        if let previous = questions[context] {
            reader.report("duplicate context \"\(id)\" (first defined at \(previous.location))", at: node)
        } else if let prior {
            let asked = ContextQuestion(text: question, prior: prior, devices: devices, likelihoods: likelihoods)
            questions[context] = (asked, reader.location(of: node))
        }
    }
}
