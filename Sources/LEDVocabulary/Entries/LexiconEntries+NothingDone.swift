/// A situation said not to have happened with "nothing" or "nobody" as its subject ("Nothing has been reset or
/// changed", "nobody touched it", "no one unplugged it"): read and dropped, so neither the situation nor a
/// dark light ("nothing") is read from it. "I haven't reset it" is a negation the resolve pass reads.
extension LexiconEntries {
    /// What was not done.
    static let undoneActions = [
        "reset", "changed", "moved", "touched", "unplugged", "replaced", "updated", "swapped", "done", "restarted",
        "rebooted", "power cycled", "power-cycled",
    ]

    static let nothingDone: [(TextMeaning, [String])] = [
        (
            .ignored,
            undoneActions.flatMap { action in
                ["nothing", "nobody", "no one", "noone"].flatMap { subject in
                    ["has been", "have been", "was", "were", "got"].map { "\(subject) \($0) \(action)" }
                }
                    + ["nobody", "no one", "noone"].flatMap { subject in
                        ["", "has ", "had "].map { "\(subject) \($0)\(action)" }
                    }
            }
        )
    ]
}
