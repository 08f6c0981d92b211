/// The phrases the free-text parser understands, grouped by meaning. Phrases are lower case, words
/// separated by one space; apostrophes are straight (`’` in the input is read as `'`), and hyphens in
/// the input read as spaces ("wi-fi" is "wi fi"). Articles and pronouns such as "the", "my" and "it"
/// may be left out of or added to a phrase by the person typing (see ``PhraseLexicon/skippable``).
enum LexiconEntries {
    /// Every phrase and what it means.
    static let all: [(TextMeaning, [String])] = colors + kinds + counts + timing + structure + contexts

    static let colors: [(TextMeaning, [String])] = [
        (.color(.red), ["red", "reds", "reddish", "red colored"]),
        (.color(.blue), ["blue", "blues", "bluish", "blueish", "blu"]),
        (.color(.green), ["green", "greens", "greenish"]),
        (.color(.white), ["white", "whitish"]),
        (.color(.amber), ["amber", "orange", "orangish", "orangey"]),
        (.color(.yellow), ["yellow", "yellowish"]),
        (.color(.purple), ["purple", "purplish", "violet", "magenta"]),
    ]

    static let kinds: [(TextMeaning, [String])] = [
        (.kind(.solid), [
            "solid", "solidly", "steady", "steadily", "constant", "stable", "solid light", "steady light",
        ]),
        (.lit, [
            "lit", "lit up", "lights up", "light up", "lighting up", "lighted up", "turns on", "turn on", "turned on",
            "turning on", "comes on", "come on", "came on", "coming on", "stays on", "stay on", "stayed on",
            "staying on", "remains on", "remain on", "remained on", "is on", "glows", "glow", "glowing", "glowed",
            "illuminated", "illuminates", "shines", "shining", "on solid", "solid on", "stays lit", "stay lit",
            "stays solid",
        ]),
        (.looseOn, ["on"]),
        (.stuckOn, ["stuck on", "always on", "permanently on", "on all the time", "stays on forever"]),
        (.kind(.blink), [
            "blink", "blinks", "blinking", "blinked", "blinky", "flash", "flashes", "flashing", "flashed",
            "flicker", "flickers", "flickering", "flickered", "pulse", "pulses", "pulsing", "pulsed", "pulsating",
            "strobe", "strobes", "strobing", "on and off", "off and on", "blinking light", "flashing light",
            "turning on and off", "turns on and off", "turn on and off", "going on and off", "goes on and off",
            "coming on and off", "comes on and off", "on off", "on and off again",
        ]),
        (.kind(.alternating), [
            "alternating", "alternates", "alternate", "alternated", "alternately", "switching between",
            "switches between", "switching back and forth", "back and forth", "taking turns", "takes turns",
            "cycling between", "cycles between", "cycling through", "swapping between", "changing between",
            "flipping between", "alternating between",
        ]),
        (.kind(.off), [
            "off", "no light", "no lights", "no led", "no leds", "no light at all", "nothing", "nothing at all",
            "nothing happens", "nothing happened", "no reaction", "no response", "unlit", "not lit",
            "completely dark", "totally dark", "no lights at all", "does nothing", "did nothing",
        ]),
        (.dark, ["dark"]),
        (.endOfLight, [
            "goes off", "go off", "went off", "going off", "gone off", "turns off", "turn off", "turned off",
            "turning off", "shuts off", "shut off", "shutting off", "switches off", "switch off", "switched off",
            "goes out", "go out", "went out", "goes dark", "go dark", "went dark", "going dark", "stops", "stop",
            "stopped", "stopping", "disappears", "fades", "fades out", "fade out", "ends",
        ]),
    ]

    static let counts: [(TextMeaning, [String])] = [
        (.numberWord(0), ["zero"]),
        (.numberWord(1), ["one"]),
        (.numberWord(2), ["two"]),
        (.numberWord(3), ["three"]),
        (.numberWord(4), ["four"]),
        (.numberWord(5), ["five"]),
        (.numberWord(6), ["six"]),
        (.numberWord(7), ["seven"]),
        (.numberWord(8), ["eight"]),
        (.numberWord(9), ["nine"]),
        (.numberWord(10), ["ten"]),
        (.numberWord(11), ["eleven"]),
        (.numberWord(12), ["twelve", "a dozen", "dozen"]),
        (.numberWord(13), ["thirteen"]),
        (.numberWord(14), ["fourteen"]),
        (.numberWord(15), ["fifteen"]),
        (.numberWord(16), ["sixteen"]),
        (.numberWord(17), ["seventeen"]),
        (.numberWord(18), ["eighteen"]),
        (.numberWord(19), ["nineteen"]),
        (.numberWord(20), ["twenty"]),
        (.numberWord(30), ["thirty"]),
        (.numberWord(40), ["forty"]),
        (.numberWord(50), ["fifty"]),
        (.numberWord(60), ["sixty"]),
        (.numberWord(100), ["hundred", "a hundred"]),
        (.once, ["once"]),
        (.count(.exactly(1)), ["one time", "a single time", "just once", "only once"]),
        (.count(.exactly(2)), ["twice", "two times"]),
        (.count(.exactly(3)), ["thrice"]),
        (.count(.few), ["a few times", "few times", "a couple times", "a couple of times", "couple of times", "couple times"]),
        (.count(.several), ["several times", "many times", "multiple times", "lots of times", "a number of times"]),
        (.countWord(.exactly(1)), ["single", "a single"]),
        (.countWord(.exactly(2)), ["double"]),
        (.countWord(.exactly(3)), ["triple"]),
        (.countWord(.few), ["a few", "few", "a couple", "couple", "a couple of"]),
        (.countWord(.several), ["several", "many", "multiple", "a bunch", "a lot", "lots", "numerous"]),
        (.timesMarker, ["times", "time", "x"]),
        (.between, ["between"]),
        (.rangeJoin, ["or"]),
        (.to, ["to"]),
    ]

    static let timing: [(TextMeaning, [String])] = [
        (.unit(0.001), ["ms", "millisecond", "milliseconds", "msec"]),
        (.unit(1), ["s", "sec", "secs", "second", "seconds"]),
        (.unit(60), ["m", "min", "mins", "minute", "minutes"]),
        (.unit(3600), ["h", "hr", "hrs", "hour", "hours"]),
        (.unit(86_400), ["day", "days"]),
        (.speed(.slow), ["slow", "slowly", "slower", "slowish", "very slow", "very slowly", "lazily"]),
        (.speed(.medium), ["medium", "medium speed", "moderate", "moderately", "normal speed", "regular speed"]),
        (.speed(.fast), [
            "fast", "faster", "quick", "quickly", "quicker", "rapid", "rapidly", "rapid fire", "very fast",
            "really fast", "super fast", "fast paced", "frantically", "furiously",
        ]),
        (.every, ["every", "each", "once every"]),
        (.period(1), ["every second", "once a second", "once per second", "once every second", "each second"]),
        (.period(0.5), ["twice a second", "twice per second", "twice every second"]),
        (.period(3), [
            "every few seconds", "every couple of seconds", "every couple seconds", "every other second",
            "once every few seconds", "once every couple of seconds", "every several seconds",
        ]),
        (.duration(.brief), [
            "brief", "briefly", "short", "momentarily", "momentary", "for a moment", "for a second",
            "for a sec", "a split second", "for a split second", "for a brief moment", "a moment", "an instant",
            "for an instant",
        ]),
        (.duration(.seconds), [
            "a few seconds", "for a few seconds", "few seconds", "several seconds", "for several seconds",
            "some seconds", "for seconds", "a couple of seconds", "a couple seconds", "for a couple of seconds",
            "for a couple seconds", "a few secs",
        ]),
        (.duration(.minute), ["a minute", "for a minute", "about a minute", "a minute or so", "for about a minute"]),
        (.duration(.minutes), [
            "a few minutes", "for a few minutes", "several minutes", "for several minutes", "for minutes",
            "a couple of minutes", "for a couple of minutes", "a couple minutes", "half an hour",
            "for half an hour", "for a while", "a long time", "for a long time", "for ages",
        ]),
        (.duration(.hours), [
            "an hour", "for an hour", "hours", "for hours", "a few hours", "for a few hours", "several hours",
            "for several hours", "all day", "all night", "overnight", "for days",
        ]),
        (.continuous, [
            "keeps", "keep", "kept", "keeps on", "keep on", "keeps going", "continuously", "continuous",
            "continually", "continues", "continue", "continuing", "nonstop", "non stop", "constantly", "forever",
            "endlessly", "all the time", "over and over", "over and over again", "again and again", "indefinitely",
            "permanently", "the whole time", "never ending", "neverending", "on repeat", "stuck", "always",
            "repeatedly", "keeps doing it", "keeps doing that", "without end", "won't quit",
        ]),
    ]

    static let structure: [(TextMeaning, [String])] = [
        (.negation, [
            "no", "not", "never", "doesn't", "doesnt", "does not", "don't", "dont", "do not", "didn't", "didnt",
            "did not", "isn't", "isnt", "is not", "aren't", "arent", "are not", "wasn't", "wasnt", "was not",
            "won't", "wont", "will not", "can't", "cant", "cannot", "can not", "couldn't", "couldnt", "could not",
            "without", "nor", "neither", "never even", "not even", "no longer", "not once", "never once",
        ]),
        (.order(.then), [
            "then", "and then", "followed by", "followed", "after that", "afterwards", "afterward", "next",
            "later", "eventually", "finally", "until", "till", "until it", "which then", "and after that",
            "after a while", "after a bit", "after some time", "changes to", "changed to", "changing to",
            "turns", "turned", "turning", "turns to", "turns into", "becomes", "became", "switches to",
            "switched to", "switching to", "goes to", "went to", "changes", "changed", "changing",
            "after which", "subsequently", "at which point", "and now", "now",
        ]),
        (.order(.before), ["before", "right before", "just before", "shortly before", "immediately before"]),
        (.order(.after), [
            "after", "right after", "immediately after", "just after", "shortly after", "soon after",
            "directly after", "straight after", "since", "following",
        ]),
        (.order(.when), ["when", "whenever", "as soon as", "every time", "each time", "if"]),
        (.together, [
            "and", "with", "while", "plus", "along with", "together with", "alongside", "as well as",
            "at the same time as", "and also", "whilst",
        ]),
        (.simultaneous, ["at the same time", "simultaneously", "together", "at once", "both", "in sync"]),
    ]

    static let contexts: [(TextMeaning, [String])] = [
        (.context(.setup), [
            "setup", "set up", "setting up", "during setup", "initial setup", "installation", "installing",
            "install", "onboarding", "adding it", "adding the camera", "adding to the app", "first setup",
            "first time setup", "pairing", "syncing", "configuring", "configuration",
        ]),
        (.pairingMode, ["pairing mode", "pair mode", "setup mode", "sync mode"]),
        (.context(.afterReset), [
            "reset", "resetting", "resets", "factory reset", "factory resetting", "hard reset", "soft reset",
            "factory default", "factory defaults", "factory settings", "was reset", "reset it",
        ]),
        (.context(.holdingReset), [
            "reset button", "hold reset", "holding reset", "held reset", "press reset", "pressing reset",
            "pressed reset", "push reset", "pushing reset", "pushed reset", "hold down reset", "holding down reset",
            "hold reset button", "holding reset button", "press reset button", "pressing reset button",
            "push reset button", "pushing reset button", "held reset button", "reset pin", "reset hole",
            "holding the button", "hold the button", "holding down the button", "pressing the button",
        ]),
        (.context(.networkChange), [
            "changing wifi", "changed wifi", "change wifi", "changing wi fi", "changed wi fi", "change wi fi",
            "new wifi", "new wi fi", "new router", "new network", "new modem", "changing network", "changed network",
            "change network", "network change", "wifi change", "network settings", "wifi settings",
            "wi fi settings", "router settings", "wifi password", "wi fi password", "network password",
            "changed router", "changing router", "replaced router", "replacing router", "switching wifi",
            "switched wifi", "switched networks", "changed networks", "changing networks", "new ssid",
            "changed ssid", "changing ssid", "network name", "wifi name", "updated wifi", "updating wifi",
            "new internet provider", "changed internet provider", "new isp", "changed isp", "wifi changed",
            "network changed", "router changed", "new wifi password", "changed wifi password",
            "changing wifi password", "changing wifi settings", "changed wifi settings", "changing network settings",
            "changed network settings", "wireless settings", "changed wireless",
        ]),
        (.context(.motion), [
            "motion", "on motion", "motion detected", "motion detection", "movement", "walks by", "walk by",
            "walked by", "walking by", "walks past", "walk past", "walked past", "walking past", "walks in front",
            "wave", "waves", "waved", "waving", "someone walks", "somebody walks", "person walks", "passes by",
            "triggered", "triggers", "gets triggered", "motion event",
        ]),
        (.context(.recording), [
            "recording", "records", "recorded", "while recording", "clip", "clips", "recording a clip",
            "records a clip", "recording clip",
        ]),
        (.recordingLight, ["recording light", "recording led", "record light"]),
        (.context(.powerCycle), [
            "power cycle", "power cycling", "power cycled", "powercycle", "powercycled", "unplugging",
            "unplugged", "unplug", "plugging it back in", "plugged it back in", "plugged back in",
            "plugging back in", "replug", "replugged", "restart", "restarted", "restarting", "reboot",
            "rebooted", "rebooting", "power outage", "power went out", "power came back", "power loss",
            "lost power", "turning it off and on", "turned it off and on", "turn it off and on",
            "turning it off and on again", "turned it off and back on", "power cut",
        ]),
        (.context(.newBatteries), [
            "new batteries", "new battery", "fresh batteries", "fresh battery", "changed batteries",
            "changing batteries", "changed the batteries", "replaced batteries", "replacing batteries",
            "replaced battery", "replacing battery", "battery change", "battery replacement", "swapped batteries",
            "swapping batteries", "new aa batteries", "new lithium batteries", "batteries replaced",
            "batteries changed", "inserting batteries", "inserted batteries", "changed battery", "changing battery",
            "put in batteries", "putting in batteries", "new aa lithium batteries",
        ]),
        (.context(.appOffline), [
            "offline", "off line", "shows offline", "says offline", "showing offline", "app offline",
            "appears offline", "shows as offline",
        ]),
        (.context(.internetRestored), [
            "internet came back", "internet comes back", "internet back", "internet is back", "internet was back",
            "internet restored", "internet returned", "internet came back on", "internet back up",
            "internet came back up", "internet reconnected", "wifi came back", "wi fi came back", "wifi back",
            "wifi is back", "network came back", "connection came back", "connection restored",
            "internet outage", "wifi outage", "internet is restored",
            "internet was restored", "internet connection came back", "internet connection restored",
        ]),
    ]
}
