import ArgumentParser
import LEDDiagnostics

/// `[DIR]` and `--no-builtin` of `patterns test` and `patterns lint`: the catalog folder to check,
/// loaded together with the built-in catalog (which its rules may use).
struct PatternFolderOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("A catalog folder to check (default: the built-in catalog).", valueName: "dir"))
    var folder: String?

    @Flag(name: .customLong("no-builtin"), help: "Load the folder alone, without the built-in catalog.")
    var noBuiltin = false

    /// The files to load, and the names of those to report on (nil: all).
    func files() throws -> (all: [CatalogFile], own: Set<String>?) {
        guard let folder else {
            if noBuiltin {
                throw CLIError(
                    "--no-builtin needs a catalog folder, e.g. leddiag patterns test --no-builtin ./my-patterns")
            }
            return (Catalog.builtinFiles, nil)
        }
        let own = try CatalogOptions.files(in: folder)
        if own.isEmpty { throw CLIError("\(folder): no .yaml or .yml files") }
        return ((noBuiltin ? [] : Catalog.builtinFiles) + own, Set(own.map(\.name)))
    }
}
