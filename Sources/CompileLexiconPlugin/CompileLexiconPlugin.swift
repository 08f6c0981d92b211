import Foundation
import PackagePlugin

/// Compiles the built-in vocabulary (`Sources/LEDVocabulary`) into tables the reader decodes at start,
/// written as generated Swift source into the target (`BuiltInLexicon.swift`).
@main
struct CompileLexiconPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let vocabulary = context.package.directoryURL.appending(
            path: "Sources/LEDVocabulary", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltInLexicon.swift")
        return [
            .buildCommand(
                displayName: "Compiling the built-in vocabulary from Sources/LEDVocabulary",
                executable: try context.tool(named: "LexiconCompiler").url,
                arguments: [output.path(percentEncoded: false)],
                inputFiles: Self.swiftFiles(in: vocabulary),
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
