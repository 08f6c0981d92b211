import ArgumentParser

/// The one seam for start-up fast paths: a plain `leddiag diagnose …` is read here, without
/// argument-parser, whose first parse reflects over the command tree — about 20 M of a one-shot's
/// instructions, most of them the Swift runtime's protocol-conformance scans (docs/performance.md,
/// "Start-up").
///
/// Plain means: `diagnose` first, then only `diagnose`'s own long options written out
/// (`--device outdoor-4`, `--format=json`), each single-valued option and flag at most once, values
/// that do not start with `-` and that argument-parser accepts, and words that do not start with `-`.
/// Anything else — `--help`, completions, a short or unknown option, `--`, a repeated single-valued
/// option, a bad value, an observation `validate()` refuses — gives `nil`, and argument-parser parses
/// it as before (with its own messages). The command made here is the one argument-parser makes
/// (`PlainInvocationTests` compares the two).
enum PlainInvocation {
    /// The command `arguments` (without the program name) ask for when they are plain, else `nil`.
    static func command(_ arguments: [String]) -> (any ParsableCommand)? {
        guard arguments.first == "diagnose" else { return nil }
        return diagnose(arguments.dropFirst())
    }

    /// `diagnose`'s options that take one value, that take a value each time (repeatable), and its flags.
    private static let singleValued = ["device", "format", "color"]
    private static let repeatable = ["yes", "no", "tried", "light", "patterns"]
    private static let flags = ["details", "no-builtin", "check-examples"]

    private static func diagnose(_ arguments: ArraySlice<String>) -> DiagnoseCommand? {
        var values: [String: [String]] = [:]
        var words: [String] = []
        var rest = arguments
        while let argument = rest.popFirst() {
            guard argument.hasPrefix("-") else {
                words.append(argument)
                continue
            }
            guard argument.hasPrefix("--") else { return nil }
            let option = argument.dropFirst(2)
            let name: String
            var value: String?
            if let equals = option.firstIndex(of: "=") {
                name = String(option[..<equals])
                value = String(option[option.index(after: equals)...])
            } else {
                name = String(option)
            }
            if flags.contains(name) {
                guard value == nil, values[name] == nil else { return nil }
                values[name] = []
                continue
            }
            guard singleValued.contains(name) || repeatable.contains(name) else { return nil }
            if value == nil { value = rest.popFirst() }
            guard let value, !value.isEmpty, !value.hasPrefix("-") else { return nil }
            if singleValued.contains(name), values[name] != nil { return nil }
            values[name, default: []].append(value)
        }

        var color = ColorOption()
        var input = ObservationArguments()
        guard let chosenColor = ColorChoice(argument: values["color"]?.first ?? "auto"),
            let format = OutputFormat(argument: values["format"]?.first ?? "text")
        else { return nil }
        color.color = chosenColor
        input.color = color
        input.device = values["device"]?.first
        input.format = format
        input.observation = words

        var answers = AnswerOptions()
        answers.yes = values["yes"] ?? []
        answers.no = values["no"] ?? []
        answers.tried = values["tried"] ?? []
        answers.light = values["light"] ?? []

        var details = DetailsOption()
        details.details = values["details"] != nil

        var catalog = CatalogOptions()
        catalog.patternFolders = values["patterns"] ?? []
        catalog.noBuiltin = values["no-builtin"] != nil
        catalog.checkExamples = values["check-examples"] != nil

        var command = DiagnoseCommand()
        command.input = input
        command.answerOptions = answers
        command.details = details
        command.catalog = catalog
        // What argument-parser runs after parsing: each option group's validate(), then the command's.
        do {
            try color.validate()
            try input.validate()
            try answers.validate()
            try details.validate()
            try catalog.validate()
            try command.validate()
        } catch {
            return nil
        }
        return command
    }
}
