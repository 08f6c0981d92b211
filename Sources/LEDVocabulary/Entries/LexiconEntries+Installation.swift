/// The device put up some time ago, by someone else or checked afterwards: "my son install it", "the electrician
/// installed it", "had it installed", "VDB install chk", "plugged it in for the first time". That is how the device
/// came to be there, not the setup (adding it in the app) going on now, nor a power cycle. Read and dropped
/// (``TextMeaning/ignored``). So is a setup told as done some time ago ("VDB set up last wk", "it was set up last
/// month"): the device is set up, not being set up now.
extension LexiconEntries {
    /// A setup done, and when ("set up last week").
    static let setupDone =
        ["was set up", "been set up", "got set up", "is set up", "is all set up", "was setup", "been setup"]
        + ["set up", "set it up", "setup", "installed", "installed it", "added it"].flatMap { act in
            [
                "last week", "last wk", "last month", "last year", "a week ago", "a month ago", "a year ago",
                "a while ago", "ages ago", "long ago", "weeks ago", "months ago", "years ago", "days ago",
            ].map { "\(act) \($0)" }
        }

    /// People who put a device up for its owner.
    static let installers = [
        "son", "daughter", "husband", "wife", "dad", "father", "mum", "mom", "mother", "grandson", "granddaughter",
        "nephew", "niece", "brother", "sister", "friend", "neighbour", "neighbor", "landlord", "electrician",
        "installer", "installers", "handyman", "builder", "technician", "tech", "engineer", "partner", "boyfriend",
        "girlfriend", "uncle", "cousin", "son in law", "daughter in law", "previous owner",
    ]
    /// Their putting it up, done ("my brother is install his Outdoor 4 right now" is setup going on).
    static let installVerbs = [
        "install it", "installed it", "installed", "fitted it", "fitted", "mounted it", "put it up", "has installed it",
        "had installed it",
    ]

    static let installation: [(TextMeaning, [String])] = [
        (
            .ignored,
            installers.flatMap { who in installVerbs.map { "\(who) \($0)" } } + [
                "installed by", "fitted by", "mounted by", "had it installed", "got it installed", "had it fitted",
                "professionally installed", "install check", "install chk", "installation check", "install ok",
                "post install", "post install check", "plugged it in for the first time",
                "plugged in for the first time",
                "plugged it in for first time", "plugged in for first time", "first time plugged in",
            ] + setupDone
        )
    ]
}
