import ArgumentParser

/// `--color auto|always|never`.
enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never
}

/// The `--color` option, declared once for every command that prints in colour (`diagnose`, `explain`,
/// `interactive`, `patterns show`): an `@OptionGroup` where the option stands in the command's help.
struct ColorOption: ParsableArguments {
    @Option(name: .long, help: "Colour: auto (a terminal without NO_COLOR), always or never.")
    var color: ColorChoice = .auto

    /// Whether to print in colour (see ``Console/useColor(_:)``).
    var useColor: Bool { Console.useColor(color) }
}
