import ArgumentParser
import LEDDiagnostics

/// `leddiag patterns list`: the rules, filtered by device or cause.
struct PatternsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the rules: id, cause, devices, contexts, weight and where each is written.",
        discussion: """
            Examples:
              leddiag patterns list
              leddiag patterns list --device "Outdoor 4"
              leddiag patterns list --cause low-battery
              leddiag patterns list --patterns ./my-patterns --no-builtin

            Exit status: 0 rules listed; 1 no rule fits the filters; 2 usage or catalog.
            """
    )

    @Option(
        name: .long, help: ArgumentHelp("Only rules that apply to this device (an id or a name).", valueName: "model"))
    var device: String?

    @Option(name: .long, help: ArgumentHelp("Only rules pointing at this cause.", valueName: "cause"))
    var cause: String?

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser(jit: true, failingExamples: .ignore) }
        let deviceID = try Console.exitOnError { try device.map { try diagnoser.deviceID(for: $0) } }
        if let cause, diagnoser.catalog.cause(cause) == nil {
            let known = diagnoser.catalog.causes.map(\.id)
            let near = known.filter { $0.contains(cause) || cause.contains($0) }.prefix(1)
            Console.error(ErrorText.unknown("cause", cause, suggestions: Array(near), listedBy: "leddiag causes"))
            throw ExitCode(ExitStatus.usage)
        }
        let rules = diagnoser.catalog.rules.filter { rule in
            (cause.map { rule.cause == $0 } ?? true)
                && (deviceID.map { id in rule.devices.map { $0.contains(id) } ?? true } ?? true)
        }
        var table = TextTable(["RULE", "CAUSE", "DEVICES", "CONTEXTS", "WEIGHT", "WHERE"])
        for rule in rules {
            table.append([
                rule.id, rule.cause, rule.devices.map { $0.sorted().joined(separator: ",") } ?? "all",
                CatalogCommands.contexts(of: rule),
                NumberText.short(rule.weight) + (rule.status == .experimental ? "*" : ""),
                "\(rule.location.file):\(rule.location.line)",
            ])
        }
        guard !rules.isEmpty else {
            Console.error("no rule fits")
            throw ExitCode(ExitStatus.noMatch)
        }
        print(table.render())
        print(
            "\(rules.count) of \(diagnoser.catalog.rules.count) rules"
                + (rules.contains { $0.status == .experimental } ? " (* experimental)" : ""))
    }
}
