import ArgumentParser
import Foundation
import LEDDiagnostics

/// `--patterns DIR` (repeatable) and `--no-builtin`: which catalogs to load.
struct CatalogOptions: ParsableArguments {
    @Option(name: .customLong("patterns"), help: ArgumentHelp("A folder of catalog YAML files to add (repeatable).", valueName: "dir"))
    var patternFolders: [String] = []

    @Flag(name: .customLong("no-builtin"), help: "Leave the built-in catalog out.")
    var noBuiltin = false

    /// Loads the catalogs; own catalogs' rule examples are checked too. `jit` compiles the rules with
    /// PCRE2's JIT: worth its start-up cost for many diagnoses (batch), not for one.
    func diagnoser(jit: Bool = false) throws -> Diagnoser {
        var files: [CatalogFile] = noBuiltin ? [] : Catalog.builtinFiles
        for folder in patternFolders {
            files += try Self.files(in: folder)
        }
        if files.isEmpty {
            throw CLIError("no catalog: --no-builtin needs at least one --patterns DIR with YAML files")
        }
        let diagnoser: Diagnoser
        do {
            diagnoser = Diagnoser(catalog: try CatalogLoader(jit: jit).load(files))
        } catch {
            throw CLIError(error.description)
        }
        if !patternFolders.isEmpty {
            let failures = CatalogExampleRunner(diagnoser: diagnoser).run().filter { !$0.location.file.hasPrefix("Patterns/") }
            if !failures.isEmpty {
                throw CLIError(failures.map(\.description).joined(separator: "\n"))
            }
        }
        return diagnoser
    }

    /// Every YAML file below `folder`, read as catalog files named by their path.
    static func files(in folder: String) throws -> [CatalogFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CLIError("--patterns \(folder): no such folder")
        }
        let paths: [String]
        if isDirectory.boolValue {
            guard let enumerator = FileManager.default.enumerator(atPath: folder) else {
                throw CLIError("--patterns \(folder): cannot list the folder")
            }
            paths = enumerator.compactMap { $0 as? String }.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
                .map { (folder as NSString).appendingPathComponent($0) }
        } else {
            paths = [folder]
        }
        return try paths.map { path in
            guard let data = FileManager.default.contents(atPath: path) else { throw CLIError("\(path): cannot read the file") }
            guard let text = String(data: data, encoding: .utf8) else { throw CLIError("\(path): not UTF-8 text") }
            return CatalogFile(name: path, text: text)
        }
    }
}
