import LEDDiagnostics

/// What the catalog subcommands share.
enum CatalogCommands {
    /// `1 rule`, `2 rules`.
    static func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)\(number == 1 ? "" : "s")"
    }

    /// A rule's context filter in short: `+setup`, `not motion`, `+setup, not 7 contexts`, or `-`.
    static func contexts(of rule: Rule) -> String {
        var parts = rule.requiredContexts.sorted().map { "+" + $0.rawValue }
        let excluded = rule.excludedContexts.sorted().map(\.rawValue)
        if excluded.count > 2 {
            parts.append("not \(excluded.count) contexts")
        } else if !excluded.isEmpty {
            parts.append("not " + excluded.joined(separator: ", "))
        }
        return parts.isEmpty ? "-" : parts.joined(separator: ", ")
    }
}
