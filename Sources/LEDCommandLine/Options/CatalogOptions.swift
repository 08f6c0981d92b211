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

    @Flag(
        name: .customLong("check-examples"),
        help: "Run the --patterns rules' examples even if the catalog passed them before, unchanged.")
    var checkExamples = false

    /// What loading does when examples of the `--patterns` folders' rules fail.
    enum FailingExamples {
        /// A warning on standard error names the rules whose examples fail and how to list the failures;
        /// the catalog is used as it is.
        case warn
        /// Not checked, so that a rule whose examples fail can still be listed, shown and explained.
        case ignore
    }

    /// Loads the catalogs, the one place the command line does. `jit` compiles the rules with PCRE2's
    /// JIT, and `prefilter` files them under their literals (``RequiredLiterals``): each is worth its
    /// start-up cost for many diagnoses (batch, evaluate), not for one.
    ///
    /// The `--patterns` rules' examples run only when the catalog changed since they were last checked
    /// (``ExampleCheckCache``; failures found then are warned about again without running them), or with
    /// `--check-examples`; the built-in catalog's run in the test suite.
    func diagnoser(
        jit: Bool = false, prefilter: Bool = false, memo: Bool = true, failingExamples: FailingExamples = .warn
    ) throws -> Diagnoser {
        var files: [CatalogFile] = noBuiltin ? [] : Catalog.builtinFiles
        for folder in patternFolders {
            files += try Self.files(in: folder)
        }
        if files.isEmpty {
            throw CLIError("no catalog: --no-builtin needs at least one --patterns DIR with YAML files")
        }
        let diagnoser = try Self.diagnoser(files, jit: jit, prefilter: prefilter, memo: memo)
        guard !patternFolders.isEmpty, failingExamples != .ignore else { return diagnoser }
        let cache = ExampleCheckCache()
        var outcome = checkExamples ? nil : cache.outcome(files)
        if outcome == nil {
            // The examples are many diagnoses: worth the prefilter even when the command's one diagnosis is not.
            let checker =
                prefilter
                ? diagnoser
                : Diagnoser(
                    catalog: diagnoser.catalog, policy: diagnoser.policy, vocabulary: diagnoser.parser.vocabulary)
            let failures = CatalogExampleRunner(diagnoser: checker).run()
                .filter { !$0.location.file.hasPrefix("Patterns/") }
            var rules: [String] = []
            for failure in failures where !rules.contains(failure.rule) { rules.append(failure.rule) }
            let found = ExampleCheckCache.Outcome(failures: failures.count, rules: rules)
            cache.remember(found, for: files)
            outcome = found
        }
        guard let outcome, outcome.failures > 0 else { return diagnoser }
        let rules = outcome.rules
        let named = rules.prefix(5).map { "\"\($0)\"" }.joined(separator: ", ") + (rules.count > 5 ? ", …" : "")
        Console.error(
            "warning: \(CatalogCommands.count(outcome.failures, "example")) of your catalog fail (\(named)); "
                + "`leddiag patterns test \(patternFolders.joined(separator: " "))` lists them")
        return diagnoser
    }

    /// A diagnoser over `files`; a catalog that does not load throws its problems.
    static func diagnoser(
        _ files: [CatalogFile], jit: Bool, prefilter: Bool = false, memo: Bool = true
    ) throws -> Diagnoser {
        let loader = CatalogLoader(jit: jit)
        // The cache (which reads the environment for where it is) only for files not parsed before.
        let files =
            files.allSatisfy { $0.archive != nil } ? files : CatalogArchiveCache().archived(files, loader: loader)
        let diagnoser = Diagnoser(catalog: try loader.load(files), prefilter: prefilter, memo: memo)
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
