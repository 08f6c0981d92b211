/// Setup begun and not over: "I have not finished adding it in the app yet", "haven't completed the setup", "didn't
/// finish pairing it". Unlike a setup denied ("haven't set it up yet": no setup), the adding is under way: the setup
/// context. (Phrases of the whole denial, so the negation does not reach the situation.)
extension LexiconEntries {
    /// The denials of an end.
    static let unfinishedNegations = [
        "not", "have not", "haven't", "havent", "has not", "hasn't", "hasnt", "did not", "didn't", "didnt", "not yet",
        "haven't yet", "have not yet",
    ]
    /// The ends denied ("haven't done the setup yet" is the setup not begun).
    static let finishes = ["finished", "finish", "completed", "complete"]
    /// What was begun.
    static let setupActs = [
        "adding", "adding it", "adding it to the app", "adding it in the app", "setting up", "setting it up",
        "the setup",
        "setup", "the set up", "set up", "pairing", "pairing it", "the pairing", "the installation", "installing it",
    ]

    static let setupUnderway: [(TextMeaning, [String])] = [
        (
            .context(.setup),
            unfinishedNegations.flatMap { negation in
                finishes.flatMap { finish in setupActs.map { "\(negation) \(finish) \($0)" } }
            }
        )
    ]
}
