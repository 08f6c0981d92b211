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
    var observation: [String] = []

    /// The observation as one string.
    var text: String { observation.joined(separator: " ") }

    /// Refuses a missing description, or (`explain`) one given beside `--video`: the clip is the
    /// observation. Called by the commands' own `validate()`, which know whether a clip was given.
    func validate(video: String?) throws {
        let typed = !observation.joined().allSatisfy { $0.isWhitespace }
        if let video, typed {
            throw ValidationError(
                "give what the LED does either in words or as a clip (--video \(video)), not both")
        }
        if video == nil, !typed {
            throw ValidationError("say what the LED does, for example: \"red x6 after blue\"")
        }
    }
}
