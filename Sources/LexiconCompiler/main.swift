import Foundation
import LEDVocabulary

// Compiles the built-in vocabulary (`Lexicon.standard`) and writes it as Swift source: the tables
// `PhraseLexicon.Tables.builtIn` that the reader decodes at start instead of compiling every phrase.
//
// Usage: LexiconCompiler OUTPUT.swift

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    FileHandle.standardError.write(Data("usage: LexiconCompiler OUTPUT.swift\n".utf8))
    exit(64)
}
var builder = PhraseLexicon.Builder(lists: .standard)
builder.add(Lexicon.standard.entries)
do {
    let source = try BuiltInLexiconSource(builder).text
    try Data(source.utf8).write(to: URL(fileURLWithPath: arguments[1]), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("LexiconCompiler: \(error)\n".utf8))
    exit(1)
}
