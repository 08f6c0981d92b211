/// The doorbell's own button pressed, said as learners say it ("I push the button of the doorbell", "pressing the
/// button of doorbell", "pressed the doorbell's button"): a visitor's press (``TextMeaning/buttonPress``), not the
/// reset button held, although "push the button" alone can be the reset.
extension LexiconEntries {
    /// The verbs of pressing.
    static let pressVerbs = [
        "push", "pushes", "pushed", "pushing", "press", "presses", "pressed", "pressing", "hit", "hits", "hitting",
    ]
    /// The doorbell's button named ("the" and "my" may sit between the words).
    static let doorbellButtons = [
        "button of doorbell", "button on doorbell", "doorbell's button", "doorbell button", "button of bell",
        "bell button", "button of video doorbell", "button on video doorbell", "ring button",
    ]

    /// People who ring a doorbell rather than reset a device: "every time my kids push the button", "when visitors
    /// press the button". ("my son pushed the button for 10 seconds" stays the reset button held.)
    static let visitors = [
        "kids", "kid", "children", "child", "grandkids", "grandchildren", "visitors", "visitor", "guests", "guest",
        "people", "someone", "somebody", "anyone", "anybody", "postman", "postie", "mailman", "courier",
        "delivery driver",
        "delivery drivers", "neighbour", "neighbours", "neighbor", "neighbors", "friends", "callers", "caller",
    ]

    /// A visitor pressing the button: "my kids push the button", "guests pressing button".
    static let visitorPresses: [String] = visitors.flatMap { who in
        pressVerbs.flatMap { verb in ["\(who) \(verb) the button", "\(who) \(verb) button"] }
    }

    /// Every press of the doorbell's button: "push the button of the doorbell".
    static let doorbellButtonPresses: [String] =
        pressVerbs.flatMap { verb in doorbellButtons.map { "\(verb) \($0)" } }
        + doorbellButtons.filter {
            $0.hasPrefix("button")
        }
}
