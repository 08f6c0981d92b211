import Foundation
import LEDVocabulary

// Compiles the built-in vocabulary (`Lexicon.standard`) with the built-in catalog's context phrases
// (`Patterns/contexts.yaml`) and writes it as Swift source: the tables `PhraseLexicon.Tables.builtIn` that the
// reader decodes at start instead of compiling every phrase.
//
// Usage: LexiconCompiler CONTEXTS.yaml OUTPUT.swift

let arguments = CommandLine.arguments
guard arguments.count == 3 else {
    FileHandle.standardError.write(Data("usage: LexiconCompiler CONTEXTS.yaml OUTPUT.swift\n".utf8))
    exit(64)
}
do {
    let yaml = try String(contentsOfFile: arguments[1], encoding: .utf8)
    let phrases = try BuiltInContextPhrases(yaml: yaml, file: arguments[1]).phrases
    var builder = PhraseLexicon.Builder(lists: .standard)
    builder.add(Lexicon.standard.entries)
    builder.add(Lexicon.contextEntries(phrases))
    let source = try BuiltInLexiconSource(builder, contextPhrases: phrases).text
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[2]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("LexiconCompiler: \(error)\n".utf8))
    exit(1)
}
