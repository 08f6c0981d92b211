import ArgumentParser
import LEDDiagnostics

/// What the catalog subcommands share.
enum CatalogCommands {
    /// Loads the catalogs named by `options` without running their rules' examples (so that a rule
    /// whose examples fail can still be listed, shown and explained), or prints the problem and
    /// exits 2.
    static func diagnoser(_ options: CatalogOptions) throws -> Diagnoser {
        do {
            var files: [CatalogFile] = options.noBuiltin ? [] : Catalog.builtinFiles
            for folder in options.patternFolders { files += try CatalogOptions.files(in: folder) }
            if files.isEmpty { throw CLIError("no catalog: --no-builtin needs at least one --patterns DIR with YAML files") }
            return Diagnoser(catalog: try CatalogLoader().load(files))
        } catch {
            Console.error("\(error)")
            throw ExitCode(ExitStatus.usage)
        }
    }

    /// Warns on standard error when examples of the `--patterns` folders fail.
    static func warnAboutFailingExamples(_ diagnoser: Diagnoser, _ options: CatalogOptions) {
        guard !options.patternFolders.isEmpty else { return }
        let failures = CatalogExampleRunner(diagnoser: diagnoser).run().filter { !$0.location.file.hasPrefix("Patterns/") }
        guard !failures.isEmpty else { return }
        let folders = options.patternFolders.joined(separator: " ")
        Console.error("warning: \(failures.count) example\(failures.count == 1 ? "" : "s") of your catalog fail; `leddiag patterns test \(folders)` lists them")
    }

    /// `1 rule`, `2 rules`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A rule's context filter in short: `+setup`, `not motion`, `+setup, not 7 contexts`, or `-`.
    static func contexts(of rule: Rule) -> String {
        var parts = rule.requiredContexts.sorted().map { "+" + $0.rawValue }
        let excluded = rule.excludedContexts.sorted().map(\.rawValue)
        if excluded.count > 2 {
            parts.append("not \(excluded.count) contexts")
        } else if !excluded.isEmpty {
            parts.append("not " + excluded.joined(separator: ", "))
        }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}
