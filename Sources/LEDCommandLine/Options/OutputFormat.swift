import ArgumentParser

/// `--format text|json` of `diagnose` and `explain`.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}
