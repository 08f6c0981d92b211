import ArgumentParser
import LEDDiagnostics
import LEDSupport

/// `--yes CONTEXT`, `--no CONTEXT`, `--tried FIX`, `--light QUESTION=ANSWER`: what the owner already
/// knows, given with the observation instead of in a guided session (each repeatable).
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

    @Option(
        name: .customLong("light"),
        help: ArgumentHelp(
            "An answer to a question about the light, as question=answer "
                + "(sync-module-green=off, red-flash-count=five-or-six: a question's id and answers, as "
                + "--format json's question gives them).",
            valueName: "question=answer"))
    var light: [String] = []

    /// The answers, checked against the catalog: an unknown context, fix, question about the light or
    /// answer, or a context answered both ways, is a usage error that lists the valid ids.
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
        for given in light {
            answers.light.append(try Self.lightAnswer(given, in: catalog))
        }
        return answers
    }

    /// `question=answer`, checked against the catalog's questions about the light.
    private static func lightAnswer(_ given: String, in catalog: Catalog) throws(CLIError) -> OwnerAnswers.LightAnswer {
        let parts = given.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        let questions = catalog.lightQuestions.map(\.id)
        guard parts.count == 2, let question = catalog.lightQuestion(parts[0]) else {
            let id = parts[0]
            let shape = parts.count == 2 ? "" : " (write --light question=answer)"
            throw CLIError(
                "error: unknown question about the light \"\(id)\"\(shape)"
                    + ErrorText.didYouMean(near(id, in: questions))
                    + (near(id, in: questions).isEmpty ? "; " : " ") + "the questions are: "
                    + questions.joined(separator: ", "))
        }
        guard question.choice(parts[1]) != nil else {
            let choices = question.choices.map(\.id)
            throw CLIError(
                "error: \"\(parts[1])\" is not an answer to \"\(question.id)\""
                    + ErrorText.didYouMean(near(parts[1], in: choices))
                    + (near(parts[1], in: choices).isEmpty ? "; " : " ") + "its answers are: "
                    + choices.joined(separator: ", "))
        }
        return OwnerAnswers.LightAnswer(question: question.id, answer: parts[1])
    }

    private static func near(_ id: String, in known: [String]) -> [String] {
        EditDistance.nearest(to: id.lowercased(), in: known, maximum: 3).map { [$0] } ?? []
    }
}
