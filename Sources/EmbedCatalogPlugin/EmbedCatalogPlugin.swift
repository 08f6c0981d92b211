import Foundation
import PackagePlugin

/// Embeds the package's top-level `Patterns/` folder (the built-in catalog) into the target as
/// generated Swift source, so the binary carries its catalog and needs no files beside it.
@main
struct EmbedCatalogPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let patterns = context.package.directoryURL.appending(path: "Patterns", directoryHint: .isDirectory)
        let output = context.pluginWorkDirectoryURL.appending(path: "BuiltinCatalogFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding the built-in catalog from Patterns/",
                executable: try context.tool(named: "CatalogEmbedder").url,
                arguments: [patterns.path(percentEncoded: false), output.path(percentEncoded: false), "Patterns"],
                inputFiles: [patterns] + Self.yamlFiles(in: patterns),
                outputFiles: [output]
            )
        ]
    }

    /// The YAML files under the folder, so that editing one re-runs the tool.
    private static func yamlFiles(in folder: URL) -> [URL] {
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else {
            return []
        }
        return enumerator.compactMap { $0 as? URL }.filter { ["yaml", "yml"].contains($0.pathExtension) }
    }
}
