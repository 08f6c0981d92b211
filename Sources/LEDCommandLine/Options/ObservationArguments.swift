import ArgumentParser

/// What `diagnose` and `explain` both take: the observation, its device, and how to print.
struct ObservationArguments: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp("The device model: an id or a name (mini, \"Outdoor 4\", xt2, …).", valueName: "model"))
    var device: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: OutputFormat = .text

    @OptionGroup var color: ColorOption

    @Argument(help: "What the LED does, in words or as a canonical event string.")
    var observation: [String]

    /// The observation as one string.
    var text: String { observation.joined(separator: " ") }

    func validate() throws {
        if observation.joined().allSatisfy(\.isWhitespace) {
            throw ValidationError("say what the LED does, for example: \"red x6 after blue\"")
        }
    }
}
