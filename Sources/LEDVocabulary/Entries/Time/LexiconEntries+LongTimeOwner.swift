/// How long someone has been a customer or an owner: "long-time customer here", "a longtime Blink user". The
/// "long time" there is the person's, not how long the light did anything (read alone, "a long time" is minutes).
extension LexiconEntries {
    static let longTimeOwner: [(TextMeaning, [String])] = [
        (
            .ignored,
            ["long time", "longtime", "a long time", "a longtime"].flatMap { lead in
                [
                    "customer", "customers", "user", "users", "owner", "owners", "fan", "fans", "subscriber",
                    "subscribers", "member", "client", "blink customer", "blink user", "blink owner", "blink fan",
                    "reader", "lurker",
                ].map { "\(lead) \($0)" }
            }
        )
    ]
}
