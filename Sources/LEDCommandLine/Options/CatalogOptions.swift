import ArgumentParser
import Foundation
import LEDDiagnostics

/// `--patterns DIR` (repeatable) and `--no-builtin`: which catalogs to load.
struct CatalogOptions: ParsableArguments {
    @Option(
        name: .customLong("patterns"),
        help: ArgumentHelp("A folder of catalog YAML files to add (repeatable).", valueName: "dir"))
    var patternFolders: [String] = []

    @Flag(name: .customLong("no-builtin"), help: "Leave the built-in catalog out.")
    var noBuiltin = false

    /// What loading does when examples of the `--patterns` folders' rules fail.
    enum FailingExamples {
        /// The catalog is refused: every failure is the error (diagnoses from a broken catalog mislead).
        case refuse
        /// A warning on standard error names how many fail and how to list them (`explain`).
        case warn
        /// Not checked, so that a rule whose examples fail can still be listed, shown and explained.
        case ignore
    }

    /// Loads the catalogs, the one place the command line does. `jit` compiles the rules with PCRE2's
    /// JIT: worth its start-up cost for many diagnoses (batch), not for one.
    func diagnoser(jit: Bool = false, failingExamples: FailingExamples = .refuse) throws -> Diagnoser {
        var files: [CatalogFile] = noBuiltin ? [] : Catalog.builtinFiles
        for folder in patternFolders {
            files += try Self.files(in: folder)
        }
        if files.isEmpty {
            throw CLIError("no catalog: --no-builtin needs at least one --patterns DIR with YAML files")
        }
        let diagnoser = try Self.diagnoser(files, jit: jit)
        guard !patternFolders.isEmpty, failingExamples != .ignore else { return diagnoser }
        let failures = CatalogExampleRunner(diagnoser: diagnoser).run()
            .filter { !$0.location.file.hasPrefix("Patterns/") }
        guard !failures.isEmpty else { return diagnoser }
        switch failingExamples {
        case .refuse:
            throw CLIError(failures.map(\.description).joined(separator: "\n"))
        case .warn:
            let folders = patternFolders.joined(separator: " ")
            Console.error(
                "warning: \(CatalogCommands.count(failures.count, "example")) of your catalog fail; "
                    + "`leddiag patterns test \(folders)` lists them")
        case .ignore:
            break
        }
        return diagnoser
    }

    /// A diagnoser over `files`; a catalog that does not load throws its problems.
    static func diagnoser(_ files: [CatalogFile], jit: Bool) throws -> Diagnoser {
        let diagnoser = Diagnoser(catalog: try CatalogLoader(jit: jit).load(files))
        ProcessLifetime.keep(diagnoser)
        return diagnoser
    }

    /// Every YAML file below `folder` (``CatalogFolder``: symbolic links followed), read as catalog files named
    /// by their path.
    static func files(in folder: String) throws -> [CatalogFile] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) else {
            throw CLIError("--patterns \(folder): no such folder")
        }
        let paths: [String]
        if isDirectory.boolValue {
            let listing = try CatalogFolder(folder)
            for warning in listing.warnings { Console.error("warning: \(warning)") }
            paths = listing.files
        } else {
            paths = [folder]
        }
        return try paths.map { path in CatalogFile(name: path, text: try TextFile.read(path)) }
    }
}
