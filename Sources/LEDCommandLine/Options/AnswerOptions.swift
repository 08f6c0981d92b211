import ArgumentParser
import LEDDiagnostics
import LEDSupport

/// `--yes CONTEXT`, `--no CONTEXT`, `--tried FIX`: what the owner already knows, given with the
/// observation instead of in a guided session (each repeatable).
struct AnswerOptions: ParsableArguments {
    @Option(
        name: .customLong("yes"),
        help: ArgumentHelp(
            "A situation that holds (a context id: setup, recording, app-offline, …).", valueName: "context"))
    var yes: [String] = []

    @Option(
        name: .customLong("no"),
        help: ArgumentHelp("A situation that does not hold (a context id).", valueName: "context"))
    var no: [String] = []

    @Option(
        name: .customLong("tried"),
        help: ArgumentHelp("A fix already tried without success (a fix id: power-cycle, …).", valueName: "fix"))
    var tried: [String] = []

    /// The answers, checked against the catalog: an unknown context or fix, or a context answered both
    /// ways, is a usage error that lists the valid ids.
    func answers(in catalog: Catalog) throws(CLIError) -> OwnerAnswers {
        var answers = OwnerAnswers()
        let known = ObservationContext.allCases.map(\.rawValue)
        for (ids, holds) in [(yes, true), (no, false)] {
            for id in ids {
                guard let context = ObservationContext(rawValue: id) else {
                    throw CLIError(
                        "error: unknown context \"\(id)\"" + ErrorText.didYouMean(Self.near(id, in: known))
                            + (Self.near(id, in: known).isEmpty ? "; " : " ") + "the contexts are: "
                            + known.joined(separator: ", "))
                }
                if let other = answers.contexts[context], other != holds {
                    throw CLIError("error: --yes \(id) and --no \(id) contradict each other")
                }
                answers.contexts[context] = holds
            }
        }
        let fixes = catalog.fixes.map(\.id)
        for id in tried {
            guard catalog.fix(id) != nil else {
                throw CLIError(
                    "error: unknown fix \"\(id)\"" + ErrorText.didYouMean(Self.near(id, in: fixes))
                        + (Self.near(id, in: fixes).isEmpty ? "; " : " ") + "the fixes are: "
                        + fixes.sorted().joined(separator: ", "))
            }
            if !answers.triedFixes.contains(id) { answers.triedFixes.append(id) }
        }
        return answers
    }

    private static func near(_ id: String, in known: [String]) -> [String] {
        EditDistance.nearest(to: id.lowercased(), in: known, maximum: 3).map { [$0] } ?? []
    }
}
