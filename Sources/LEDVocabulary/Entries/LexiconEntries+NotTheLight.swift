/// Words about the owner's setup that look like a light or a situation but are neither: nothing wrong, nothing
/// added yet, a router's bands described. Read and dropped (``TextMeaning/ignored``).
extension LexiconEntries {
    static let notTheLight: [(TextMeaning, [String])] = [
        (
            .ignored,
            [
                // the app or its clips, not the light: "nothing loads in the app", "she cannot see the videos"
                "nothing loads", "nothing loaded", "nothing will load", "nothing is loading", "nothing loading",
                "cannot see the videos", "can't see the videos", "cant see the videos", "cannot see the clips",
                "can't see the clips", "cant see the clips", "can't see any clips", "cannot see any clips",
                "can't see the live view", "cannot see the live view", "can't see live view", "cannot see live view",
                "can't see the feed", "cannot see the feed", "can't see the video", "cannot see the video",
                // a time that names an event, not a length of the light: "after last night's power cut"
                "last night's", "yesterday's", "this morning's", "last week's", "tonight's", "today's",
                "this afternoon's", "this evening's", "saturday's", "sunday's", "friday's", "the weekend's",
                // a setup done, not going on: "doesn't come on at all, not once since I added it"
                "since i added it", "since we added it", "since adding it", "since it was added", "since i added",
                "since we added", "not once since i added it", "not once since we added it",
                // the camera leaving the network, not its light: "it kept dropping off"
                "dropping off", "drops off", "dropped off", "drop off", "dropping out", "drops out", "dropped out",
                "dropping off the wifi", "dropped off the wifi", "drops off the wifi", "dropping off wifi",
                // nothing wrong: not a dark light ("is" and "the" are skipped inside a phrase)
                "nothing wrong", "nothing's wrong", "nothing seems wrong", "nothing broken", "nothing amiss",
                "nothing matter",
                // "or nothing" after a denial is emphasis ("not flashin or nothin", "no blinking or nothing"); what
                // it cannot connect to is no light ("cant connect to nothin")
                "or nothing", "or nothin", "or nuthin", "or anything", "or anythin", "connect to nothing",
                "connect to nothin", "connect to nuthin", "connect to anything", "connects to nothing",
                "connected to nothing", "connecting to nothing",
                // a likeness, not an end: "lit up red like a stop sign"
                "like a stop sign", "stop sign", "a stop sign", "like a stop light", "stop light",
                // nothing set up yet: no setup, and no light
                "nothing has been added", "nothing has been added back", "nothing added", "nothing added yet",
                "nothing added back", "nothing was added", "nothing has been set up", "nothing set up yet",
                "nothing has been paired", "nothing paired yet", "nothing paired",
                // a router's bands described, not changed: "makes 2.4 and 5 GHz with one name", "5 GHz band not split"
                "ghz together", "ghz bands together", "ghz with one name", "ghz with same name", "ghz under one name",
                "ghz one name", "ghz same name", "ghz band not split", "ghz bands not split", "ghz not split",
                "ghz combined", "ghz bands combined", "ghz on one ssid", "ghz share one name", "ghz share a name",
                "ghz share same name", "ghz not separated", "ghz band not separated", "ghz bands not separated",
                "ghz with same ssid", "ghz same ssid",
                // "fix" as a repair, not a learner's "fixed" light: "something I need to fix", "any fix for it?"
                "to fix", "need to fix", "can fix", "i fix", "we fix", "fix it", "fix this", "fix that", "a fix",
                "any fix", "the fix", "quick fix", "how to fix",
                // the router's setting or the system's state, not the light: "router got smart connect on",
                // "nothin works"
                // (not "disabled band steering on the router", a change)
                "got smart connect on", "has smart connect on", "with smart connect on", "smart connect is on",
                "smart connect is enabled", "has band steering on", "band steering is on", "nothing works",
                "nothin works", "nothing working", "nothing is working",
                "nothing seems to work",
                // the app's offline message gone: no situation ("the app no longer says offline for the others")
                "no longer says offline", "no longer shows offline", "no longer offline", "not offline anymore",
                "not offline any more", "doesn't say offline anymore", "doesnt say offline anymore",
                // which of the devices, not a count: "One of them blinks red 6 times"
                "one of them", "one of those", "one of the", "one of my", "one of our", "one of em", "one of 'em",
                // someone going outside, not a light going out: "Went out to check, the Outdoor 4 is flashing red"
                "went out to check", "went out to look", "went out to see", "go out to check", "going out to check",
                "went out and checked", "went out and looked", "went outside",
                // the message is quick, not the light: "a quick question from a first-time owner"
                "quick question", "quick questions", "quick q", "quick one", "quick query", "quick note",
                "quick update", "quick look", "quick check", "quick reply", "quick help", "quick heads up",
                "quick follow up", "quick call", "quick message",
            ]
                // the camera's pictures, not its light, are dark: "make the pictures very dark in night"
                + ["pictures", "picture", "images", "video", "footage", "night vision"].flatMap { media in
                    ["dark", "very dark", "too dark"].flatMap { dark in ["\(media) \(dark)", "\(dark) \(media)"] }
                }
                // how often the owner tried, not a count of the light: "I have tried the whole procedure twice now"
                + [
                    "tried", "tried it", "did it", "done it", "tried the procedure", "tried the whole procedure",
                    "did the procedure", "tried the reset", "did the reset",
                ].flatMap { tried in ["twice", "two times", "three times", "several times"].map { "\(tried) \($0)" } }
        )
    ]
}
