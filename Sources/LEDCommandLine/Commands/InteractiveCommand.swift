import ArgumentParser
import Foundation
import LEDDiagnostics

/// `leddiag interactive` (and `leddiag` alone on a terminal): a guided diagnosis.
struct InteractiveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "interactive",
        abstract: "A guided diagnosis: asks for the device and what the LED does, then the questions that matter.",
        discussion: """
            Asks which device it is (Tab completes the name; Enter if you don't
            know) and what the LED does, and shows the likely causes. When the
            leading causes are close, it asks the one yes/no question whose
            answer most lowers the expected cost of the fix plan, such as "Did
            this start right after a reset?", and ranks again on the answer:
            y, n, skip, or done to see the fix plan at once. The questions come
            from the catalog's contexts. The report is in plain words; --details
            shows the cause ids, the canonical string, the contexts, the numbers
            and the detailed report of `diagnose --details`.

            On a terminal the prompt edits like a shell: Left/Right, Home/End,
            Ctrl-A/E/K/U/W/Y, Up/Down for earlier lines (kept in
            ~/.local/state/leddiag/history; LEDDIAG_HISTORY= turns that off),
            Tab to complete device names. Ctrl-D leaves; so does Ctrl-C.
            Without a terminal it reads plain lines, so a session can be piped.

            --video FILE starts from a clip of the LED: it is read as `leddiag
            video` reads it (the same messages and exit statuses when it cannot
            be), and once the device is known the session shows what the clip
            gave and asks its questions as usual; --roi X,Y,W,H points at the LED.

            Examples:
              leddiag
              leddiag interactive --device mini
              printf 'mini\\nflashing red\\ny\\n' | leddiag interactive
              leddiag interactive --device outdoor-4 --video clip.mp4

            Exit status: 0 when left with Ctrl-D or at the end of input;
            130 after Ctrl-C; 2 usage or catalog. With --video, as leddiag video:
            1 no LED switching on and off in the clip; 2 a file that is not a
            readable video, or no ffmpeg.
            """
    )

    @Option(
        name: .long,
        help: ArgumentHelp("The device model, so that it is not asked for (an id or a name).", valueName: "model"))
    var device: String?

    @OptionGroup var color: ColorOption

    @OptionGroup var details: DetailsOption

    @OptionGroup var clip: VideoOptions

    @OptionGroup var catalog: CatalogOptions

    /// The arguments to parse: none on a terminal means `interactive`.
    static func arguments(_ given: [String], terminal: Bool = Terminal.isInteractive) -> [String] {
        given.isEmpty && terminal ? ["interactive"] : given
    }

    func run() throws {
        let diagnoser = try Console.exitOnError {
            let diagnoser = try catalog.diagnoser()
            if let device { _ = try diagnoser.deviceID(for: device) }
            return diagnoser
        }
        // The clip is read before the first prompt: one that cannot be read ends the command at once.
        let observed = try clip.observation(with: diagnoser, device: device)
        let reader: any LineReader = Terminal.isInteractive ? LineEditor() : PlainLineReader()
        let session = GuidedSession(diagnoser: diagnoser, reader: reader, color: color.useColor, details: details)
        let status = session.run(device: device, clip: observed)
        if status != ExitStatus.success { throw ExitCode(status) }
    }
}
