package import ArgumentParser
import Foundation

/// The `leddiag` command: diagnoses what a Blink device's LED is doing.
package struct LEDDiag: ParsableCommand {
    package static let configuration = CommandConfiguration(
        commandName: "leddiag",
        abstract: "Diagnose Blink cameras, doorbells and Sync Modules from what their LED does.",
        discussion: """
            Examples:
              leddiag                 (on a terminal: a guided session)
              leddiag diagnose --device outdoor-4 "red x6 after blue"
              leddiag diagnose --device mini --format json "solid blue, no blink"

            Exit status: 0 a diagnosis; 1 no rule matched; 2 bad input, usage or catalog.
            """,
        version: LEDDiagVersion.current,
        subcommands: [
            DiagnoseCommand.self, BatchCommand.self, InteractiveCommand.self, ExplainCommand.self, PatternsCommand.self,
            EvaluateCommand.self,
            DevicesCommand.self, CausesCommand.self, VideoCommand.self,
        ]
    )

    package init() {}

    /// Runs the command, mapping every failure to the documented exit status (usage errors are 2).
    package static func main() {
        StandardStreams.reopenClosed()
        do {
            let arguments = InteractiveCommand.arguments(Array(CommandLine.arguments.dropFirst()))
            var command = try PlainInvocation.command(arguments) ?? parseAsRoot(arguments)
            try command.run()
            StandardStreams.exit(ExitStatus.success)
        } catch let exit as ExitCode {
            StandardStreams.exit(exit.rawValue)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                StandardStreams.exit(ExitStatus.success)
            }
            Console.error(fullMessage(for: error))
            StandardStreams.exit(code == .validationFailure ? ExitStatus.usage : code.rawValue)
        }
    }
}
