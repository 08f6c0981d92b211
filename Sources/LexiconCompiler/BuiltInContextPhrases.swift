import CatalogSyntax
import LEDCore
import LEDVocabulary

/// The context phrases of the built-in catalog's `contexts` section, read as the catalog loader reads them:
/// each context's phrases in file order, normalised by ``Lexicon/contextPhrase(_:)``, each once.
struct BuiltInContextPhrases {
    /// Why the file cannot be read.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let phrases: [ObservationContext: [String]]

    init(yaml: String, file: String) throws {
        guard case .mapping(let top, _)? = try CatalogNode.parse(yaml: yaml),
            case .sequence(let contexts, _)? = top.first(where: { $0.key.string == "contexts" })?.value
        else { throw Failure(description: "\(file): no `contexts` sequence") }
        var phrases: [ObservationContext: [String]] = [:]
        for entry in contexts {
            guard case .mapping(let fields, let mark) = entry,
                let id = fields.first(where: { $0.key.string == "id" })?.value.string
            else { throw Failure(description: "\(file):\(entry.mark.line): a context without an id") }
            guard let context = ObservationContext(rawValue: id) else {
                throw Failure(description: "\(file):\(mark.line): unknown context \"\(id)\"")
            }
            guard case .sequence(let list, _)? = fields.first(where: { $0.key.string == "phrases" })?.value else {
                continue
            }
            var known = Set(phrases[context, default: []])
            for node in list {
                guard let phrase = node.string.flatMap(Lexicon.contextPhrase) else {
                    throw Failure(description: "\(file):\(node.mark.line): a phrase the reader cannot match")
                }
                if known.insert(phrase).inserted { phrases[context, default: []].append(phrase) }
            }
        }
        self.phrases = phrases
    }
}
