import Foundation
import PackagePlugin

/// Compiles the built-in vocabulary (`Sources/LEDVocabulary`) with the built-in catalog's context phrases
/// (`Patterns/contexts.yaml`) into tables the reader decodes at start, written as generated Swift source into
/// the target (`BuiltInLexicon.swift`).
@main
struct CompileLexiconPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let vocabulary = context.package.directoryURL.appending(
            path: "Sources/LEDVocabulary", directoryHint: .isDirectory)
        let contexts = context.package.directoryURL.appending(path: "Patterns/contexts.yaml")
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInLexicon.swift")
        return [
            .buildCommand(
                displayName: "Compiling the built-in vocabulary from Sources/LEDVocabulary and Patterns/contexts.yaml",
                executable: try context.tool(named: "LexiconCompiler").url,
                arguments: [contexts.path(percentEncoded: false), output.path(percentEncoded: false)],
                inputFiles: [contexts] + Self.swiftFiles(in: vocabulary),
                outputFiles: [output]
            )
        ]
    }

    /// The vocabulary's source files, so that editing one runs the tool again.
    private static func swiftFiles(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }
}
