import ArgumentParser

/// The `leddiag` command: diagnoses what a Blink device's LED is doing.
@main
struct LEDDiag: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "leddiag",
        abstract: "Diagnose Blink cameras, doorbells and Sync Modules from what their LED does.",
        version: "0.1.0"
    )
}
