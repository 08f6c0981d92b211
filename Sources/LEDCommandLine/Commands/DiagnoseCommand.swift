import ArgumentParser
import Foundation
import LEDDiagnostics

/// `leddiag diagnose`: one observation in, ranked causes and a fix plan out.
struct DiagnoseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "diagnose",
        abstract: "Diagnose one observed LED sequence.",
        discussion: """
            The observation is what you saw, in words ("red x6 after blue", "solid blue, no blink",
            "blinking blue slowly after reset") or a canonical event string ("dev=mini ctx=- : ...").

            The report says in plain words what it most likely is, how sure that
            is, and what to do, one instruction per step. --details prints the
            detailed report instead: cause and rule ids, the matched bytes, the
            sources, the plan's numbers, and what each source says where they
            disagree.

            Examples:
              leddiag diagnose --device outdoor-4 "red x6 after blue"
              leddiag diagnose --details --device outdoor-4 "red x6 after blue"
              leddiag diagnose --device sync-module-2 "blinking blue and solid green"
              leddiag diagnose --format json "flashing red during setup"
              leddiag diagnose --device outdoor-4 --yes recording "six red blinks"
              leddiag diagnose --device outdoor-4 --tried replace-batteries "red x6 after blue"

            What you already know is evidence too: --yes CONTEXT and --no CONTEXT say a situation holds
            or not (a "no" lowers the causes that usually come with it), --tried FIX says a fix did
            not help (it lowers the causes it fixes and leaves the plan). Each is repeatable.

            Exit status: 0 a diagnosis; 1 no rule matched (the closest rules are named); 2 bad input or usage.
            """
    )

    @OptionGroup var input: ObservationArguments

    @OptionGroup(title: "Answers") var answerOptions: AnswerOptions
    @OptionGroup var details: DetailsOption

    @OptionGroup var catalog: CatalogOptions

    func validate() throws {
        try input.validate(video: nil)
    }

    func run() throws {
        let diagnoser = try Console.exitOnError { try catalog.diagnoser() }
        let answers = try Console.exitOnError { try answerOptions.answers(in: diagnoser.catalog) }
        let diagnosis = try Console.exitOnError {
            try diagnoser.diagnose(input.text, device: input.device, answers: answers)
        }
        switch input.format {
        case .json:
            print(diagnosis.json())
        case .text:
            print(details.render(diagnosis, color: input.color.useColor, catalog: diagnoser.catalog))
        }
        if diagnosis.causes.isEmpty { throw ExitCode(ExitStatus.noMatch) }
    }
}
