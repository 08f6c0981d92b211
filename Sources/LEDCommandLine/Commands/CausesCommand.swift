import ArgumentParser
import LEDDiagnostics
import LEDSupport

/// `leddiag causes`: what an LED can mean, with the fixes for each.
struct CausesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "causes",
        abstract: "List the causes leddiag knows: id, severity, how many rules point at it, its fixes.",
        discussion: """
            Examples:
              leddiag causes
              leddiag causes --severity fault
              leddiag causes --format json

            Exit status: 0; 1 no cause fits --severity; 2 usage or catalog.
            """
    )

    /// `--severity`.
    enum SeverityChoice: String, ExpressibleByArgument, CaseIterable {
        case normal, warning, fault
    }

    @Option(name: .long, help: "Only causes of this severity: normal, warning or fault.")
    var severity: SeverityChoice?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var catalog: CatalogOptions

    func run() throws {
        let loaded = try Console.exitOnError { try catalog.diagnoser(jit: true, failingExamples: .ignore) }.catalog
        let causes = loaded.causes.filter { cause in severity.map { $0.rawValue == cause.severity.rawValue } ?? true }
        guard !causes.isEmpty else {
            Console.error("no cause fits")
            throw ExitCode(ExitStatus.noMatch)
        }
        var ruleCount: [String: Int] = [:]
        for rule in loaded.rules { ruleCount[rule.cause, default: 0] += 1 }
        switch format {
        case .json:
            var writer = JSONWriter()
            writer.objects(nil, causes) { writer, cause in
                writer.string(cause.id, key: "id")
                writer.string(cause.title, key: "title")
                writer.string(cause.severity.rawValue, key: "severity")
                writer.string(cause.meaning, key: "meaning")
                writer.integer(ruleCount[cause.id] ?? 0, key: "rules")
                writer.objects("fixes", cause.fixes) { writer, link in
                    writer.string(link.fix, key: "fix")
                    writer.number(link.probability, key: "probability")
                }
            }
            print(writer.text)
        case .text:
            var table = TextTable(["CAUSE", "SEVERITY", "RULES", "TITLE", "FIXES (P works)"])
            for cause in causes {
                table.append([
                    cause.id, cause.severity.rawValue, String(ruleCount[cause.id] ?? 0), cause.title,
                    cause.fixes.map { "\($0.fix) \(NumberText.short($0.probability))" }.joined(separator: ", "),
                ])
            }
            print(table.render())
            print("\(causes.count) causes; `leddiag patterns list --cause ID` lists the rules for one.")
        }
    }
}
