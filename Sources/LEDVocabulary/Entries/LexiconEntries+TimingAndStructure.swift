import LEDCore

extension LexiconEntries {
    static let timing: [(TextMeaning, [String])] = [
        (.unit(0.001), ["ms", "millisecond", "milliseconds", "msec"]),
        (.unit(1), ["s", "sec", "secs", "second", "seconds", "secondes", "segundos", "secondi", "sekunden"]),
        (.unit(60), ["m", "min", "mins", "minute", "minutes", "minutos", "minuti", "minuten"]),
        (.unit(3600), ["h", "hr", "hrs", "hour", "hours"]),
        (.unit(86_400), ["day", "days", "d"]),
        (.unit(604_800), ["week", "weeks", "wk", "wks"]),
        (.unit(2_592_000), ["months", "mths"]),
        (.unit(31_536_000), ["year", "years", "yr", "yrs"]),
        (
            .speed(.slow),
            [
                "slow", "slowly", "slower", "slowish", "very slow", "very slowly", "lazily", "leisurely", "lazy",
                "at a lazy pace", "sluggish", "sluggishly",
            ]
        ),
        (.speed(.medium), ["medium", "medium speed", "moderate", "moderately", "normal speed", "regular speed"]),
        (
            .speed(.fast),
            [
                "fast", "faster", "quick", "quickly", "quicker", "rapid", "rapidly", "rapid fire", "very fast",
                "really fast", "super fast", "fast paced", "frantically", "furiously",
            ]
        ),
        (
            .every,
            [
                "every", "each", "once every", "evry", "evey", "once evry", "period", "period of", "a period of",
                "period is", "once per",
            ]
        ),
        (.period(1), ["every second", "once a second", "once per second", "once every second", "each second"]),
        (
            .period(1.5),
            [
                "every second and a half", "every one and a half seconds", "every 1 and a half seconds",
                "once every second and a half", "every one and half seconds",
            ]
        ),
        (.period(0.5), ["twice a second", "twice per second", "twice every second"]),
        // Halves after a unit: exact lengths (the parser re-buckets them with its vocabulary).
        (.exactDuration(EventDuration(seconds: 1.5)), ["a second and a half", "for a second and a half"]),
        (
            .exactDuration(EventDuration(seconds: 0.5)),
            [
                "half a second", "for half a second", "half a sec", "for half a sec", "about half a second",
                "for about half a second", "half second",
            ]
        ),
        (
            .exactDuration(EventDuration(seconds: 90)),
            ["a minute and a half", "for a minute and a half", "a min and a half"]
        ),
        (.exactDuration(EventDuration(seconds: 5400)), ["an hour and a half", "for an hour and a half"]),
        (
            .period(3),
            [
                "every few seconds", "every couple of seconds", "every couple seconds", "every other second",
                "once every few seconds", "once every couple of seconds", "every several seconds", "every few secs",
                "every couple secs", "every couple of secs", "evry few seconds", "evry few secs", "every few sec",
                "once every other second", "every other sec", "once every other sec",
            ]
        ),
    ]

    static let structure: [(TextMeaning, [String])] = [
        (
            .negation,
            [
                "no", "not", "never", "doesn't", "doesnt", "does not", "don't", "dont", "do not", "didn't", "didnt",
                "did not", "instead of", "rather than", "refuses", "refuses to", "refused to", "fails to", "failed to",
                "failing to", "unable to", "won't go in", "wont go in", "isn't", "isnt", "is not", "haven't", "havent",
                "have not", "hasn't", "hasnt",
                "has not", "not yet", "ain't", "aint", "aren't", "arent", "are not", "wasn't", "wasnt", "was not",
                "won't", "wont", "will not", "can't", "cant", "cannot", "can not", "couldn't", "couldnt", "could not",
                "without", "nor", "neither", "never even", "not even", "not once", "never once", "doesnt even",
                "doesn't even", "didn't even", "didnt even", "won't even", "wont even",
                // a single pulse of a colour denied: "still not a single red blink" (without the colour, "not a
                // single blink" is the blink denied, LexiconEntries+BlinkDenials)
                "not a single", "not one single", "not even a single",
            ]
                // a colour that never came: "still red, not change to blue", "never turned into green" (without
                // "to", "it never changes" is a light that goes on, LexiconEntries+Lengths)
                + ["not", "never", "doesn't", "doesnt", "does not", "didn't", "didnt", "did not", "won't", "wont"]
                .flatMap { negation in
                    ["change to", "changes to", "changed to", "changing to", "change into", "changed into"].map {
                        "\(negation) \($0)"
                    }
                }
        ),
        (
            .order(.then),
            [
                "then", "and then", "followed by", "followed", "after that", "afterwards", "afterward", "next",
                "after which",
                "later", "eventually", "finally", "until", "till", "until it", "which then", "and after that",
                "after a while", "after a bit", "after some time", "changes to", "changed to", "changing to",
                "turns", "turned", "turning", "turns to", "turns into", "becomes", "became", "switches to",
                "switched to", "switching to", "goes to", "went to", "changes", "changed", "changing",
                "after which", "subsequently", "at which point", "replaced by", "after this", "after this it",
                "replaced with",
                "is replaced by", "gets replaced by", "gives way to", "gave way to",
                "and is followed by", "is followed by", "turns into", "switches over to", "moves on to", "goes into",
                "went into", "goes to", "by then", "after that it", "afterwards it", "from there", "at that point",
                "after those", "after these", "after them", "and after those", "and after them", "after those it",
                // "blue off, straight after that 6 red blinks": what follows comes next
                "straight after that", "right after that", "directly after that", "immediately after that",
                "just after that", "shortly after that", "soon after that", "straight after this",
                "right after this", "immediately after this",
                "y luego", "luego", "y después", "después", "et puis", "puis", "ensuite", "und dann", "dann", "danach",
            ]
                // a later look, told by the one who looked: "my wife says it blinked red, but when I checked it was
                // solid blue" — what was seen then comes after, not before as a light in a "when" clause does
                + ["i", "we"].flatMap { who in
                    [
                        "checked", "checked again", "looked", "looked again", "got home", "got back", "came back",
                        "came home", "got there", "went to look", "went to check", "went back", "returned",
                        "checked it", "looked at it", "went and looked", "went and checked",
                    ].flatMap { ["when \(who) \($0)", "by the time \(who) \($0)"] }
                }
        ),
        (
            .order(.before),
            [
                "before", "right before", "just before", "shortly before", "immediately before",
                "prior to", "right prior to", "just prior to",
            ]
        ),
        (
            .order(.after),
            [
                "after", "right after", "immediately after", "just after", "shortly after", "soon after",
                "directly after", "straight after", "since", "following", "post", "right post", "just post",
                // Slang: "rite after blu lite" ("aftr", "b4" and other typed spellings are WordRepairPass's).
                "rite after",
            ]
        ),
        (
            .order(.when),
            [
                "when", "whenever", "whenevr", "whenver", "wheneva", "whenevar", "as soon as", "every time",
                "each time", "if", "every single time",
                "the moment", "the instant", "the sec", "right when", "just when", "the moment that",
                "everytime", "evrytime", "every tyme", "each n every time", "evry time", "evry single time",
                "evey time", "everytym", "every tym", "evry tym", "erry time", "evertime", "ever time",
                "each and every time",
                "any time", "anytime", "during",
            ]
        ),
        (
            .together,
            [
                "and", "with", "while", "plus", "along with", "together with", "alongside", "as well as",
                "at the same time as", "and also", "whilst", "n", "next to a", "next to an", "beside a",
            ]
        ),
        (.noLonger, ["no longer", "anymore", "any more", "not anymore", "no more"]),
        (
            .subject,
            [
                "it", "it's", "its", "the light", "the led", "the lights", "which", "that light", "this light",
                "there was",
                "there is", "there's", "i saw", "i see", "i noticed", "you see", "you can see",
                "there are", "there were",
            ]
        ),
        (.order(.comma), ["but", "however", "although", "though", "but then it"]),
        (.meridiem(pm: true), ["pm", "p m"]),
        (.meridiem(pm: false), ["am", "a m"]),
        (
            .still,
            [
                "still", "is still", "it's still", "its still", "still at it", "still there", "still on it",
                // a later time that tells no new light: "16:10 same thing", "20:20 no change"
                "same thing", "same again", "still the same", "no change", "unchanged",
                "nothing has changed", "nothing's changed", "nothing have changed", "nothing is changed",
                "still no change", "no changes", "same as before", "the same as before", "same as earlier",
                // the light began at the time said before and goes on ("at 03:10 … from then on it has blinked red")
                "from then on", "from then onwards", "from that point on", "from that moment on", "ever since then",
                "since then",
            ]
        ),
        (
            .timesMarker,
            [
                "i counted", "counted", "i count", "count was", "total of", "same count", "the count is", "count is",
                "count", "i count it is", "i count it was", "i counted it is", "i counted it was", "i count it's",
                "i counted it's", "i count they are", "i counted they were",
                // A count someone else gave, or a guess: "she thinks it was six", "he reckons it was 5".
                "think it was", "thinks it was", "i think it was", "she thinks it was", "he thinks it was",
                "they think it was", "reckon it was", "reckons it was", "she said it was", "he said it was",
                "says it was", "said it was",
            ]
        ),
        (
            .pastMarker,
            [
                "used to", "it used to", "use to", "it use to", "previously", "formerly", "in the past",
                "it was always", "was always", "always had", "had always", "it always had", "always showed",
                "always used to",
                "originally", "normally", "usually", "it usually", "it normally", "before that", "back then",
                "when i first got it", "when i got it", "when we got it", "when we first got it", "when it was new",
                "when i bought it", "when we bought it", "previous", "last time", "the last time", "every other time",
                "when i first set it up", "when we first set it up", "the first time", "first time round",
                "all the other times", "other times", "earlier today", "earlier this week", "earlier on",
            ]
        ),
        (
            .presentMarker,
            [
                "now", "and now", "but now", "now it", "this time", "nowadays", "these days", "currently", "lately",
                "right now", "at the moment", "today", "but this time", "and this time",
                "but since", "but ever since", "and since", "and ever since", "this morning", "this evening",
                "tonight", "yet now", "this week", "this month", "this year", "these last few days",
            ]
        ),
        (
            .correction,
            [
                "correction", "no wait", "wait no", "scratch that", "i had that backwards", "had that backwards",
                "i had it backwards", "or was it", "on second thought", "i looked again", "i looked closer",
                "looking closer", "i mean", "sorry i mean", "i meant", "let us say", "let's say", "i was wrong",
                "nah wait", "wait nah", "oh wait", "actually no", "no actually",
                "i look again", "i look closer", "my mistake", "my bad", "i was mistaken", "or rather", "no sorry",
                "sorry no",
                // a second-hand account set right by its teller: "first told me red, then corrected himself: blue"
                "corrected himself", "corrected herself", "corrected themselves", "corrected myself",
                // one account set right by another: "my flatmate says solid blue, but I think it's actually blinking"
                "but actually", "but i think it's actually", "i think it's actually", "but it's actually",
                "it's actually",
                "but in fact", "in fact it's", "but really it's",
                // two lights told the wrong way round: "green blinks, blue solid. Sorry, other way round: …"
                "other way round", "other way around", "the other way round", "the other way around", "vice versa",
                // a second guess that replaces the first: "about every second, or more like every three seconds"
                "or more like",
            ]
        ),
        (.restatement, ["i said", "well i said", "when i said", "i wrote", "when i wrote", "i told you"]),
        (
            .confirmsExpectation,
            [
                "exactly that", "just that", "exactly what it is doing", "exactly what it's doing",
                "that is exactly what",
                "that's exactly what", "does exactly that", "doing exactly that", "shows exactly that",
                "exactly like that",
            ]
        ),
        (
            .absentMarker,
            [
                "don't see", "dont see", "do not see", "can't see", "cant see", "cannot see", "not see", "doesn't show",
                "does not show", "not showing", "nothing from", "nothing yet from", "nothing from the", "isn't there",
                "is not there", "not there", "missing",
                "doesn't come on", "does not come on", "never comes on", "don't come on", "never came on",
                "never come on", "hasn't come on", "has not come on", "didn't come on", "did not come on",
                "hasn't lit up", "has not lit up", "never lit up", "never turned on", "hasn't turned on",
                "not come", "not come on", "never come", "is not come", "not coming on", "not coming", "is not coming",
                "isn't coming", "isnt coming", "never coming",
                // a learner's "Green and blue not appear"
                "not appear", "do not appear", "don't appear", "dont appear", "doesn't appear", "does not appear",
                "didn't appear", "did not appear", "never appear", "never appeared", "not appearing",
                "haven't appeared", "has not appeared", "hasn't appeared",
            ]
        ),
        (
            .flag(.noBlink),
            [
                "without a single blink", "not a single blink", "without blinking", "no single blink", "not one blink",
                // "stayed solid blue for over an hour without blinking even once": no count of one
                "without blinking even once", "without blinking once", "without flashing even once",
                "without flashing once", "without blinking a single time", "without flashing a single time",
                "without any blinking", "without flashing", "not a single flash", "without a blink", "without a flash",
                "without a single flash", "without ever blinking", "without ever flashing",
            ] + singleBlinkDenials + [
                // a light described, then its blink denied in a relative clause: lit, never blinking
                "that doesn't blink", "that does not blink", "that never blinks", "that doesn't flash",
                "that does not flash", "that never flashes", "which doesn't blink", "which does not blink",
                "which never blinks", "that isn't blinking", "that is not blinking", "that's not blinking",
                "that isn't flashing", "that is not flashing", "that's not flashing", "that doesnt blink",
                "that doesnt flash", "that dont blink", "that don't blink", "that not blink", "that not blinking",
                // "a single red light that stays on. Nothing on it blinks.": the light told before never blinks
                "nothing on it blinks", "nothing on it flashes", "nothing blinks", "nothing flashes",
                "nothing is blinking", "nothing is flashing", "nothing on it is blinking", "nothing on it is flashing",
            ]
        ),
        (
            .appSays,
            [
                "wait for", "waiting for", "waits for", "wait for the", "says wait for", "says to wait for",
                // in other grammars: "app say wait the red light", "the app tell me wait blue"
                "app say", "app say wait", "app say to wait", "say wait", "says wait", "said wait", "app tell me wait",
                "app tell wait", "app tells wait", "wait the", "waiting the",
                "asking for", "asks for", "asked for", "keeps asking for", "app keeps asking for", "app keeps asking",
                "app says", "app said", "the app says", "app wants", "app tells me", "app told me", "app asks",
                "app asks for", "app expects", "app is waiting for", "app waits for", "app says to wait for",
                "instructions say", "manual says", "the manual says", "guide says", "supposed to", "should be",
                "it should", "should have gone to", "should have gone", "should have", "i expected", "expected",
                "i was expecting", "was expecting", "is supposed to", "meant to", "is meant to", "it's meant to",
                "suppose to", "is suppose to",
                // what it should do, told beside what it does: "the led should go blue then off, but mine stays red"
                "should go", "should turn", "should blink", "should flash", "should stay", "should show",
                "should light up", "should come on", "should change to", "should become", "should switch to",
                // a setup screen's instruction: "Make sure the light is blinking blue"
                "make sure the light is", "make sure the light", "make sure the led is", "make sure the led",
                "make sure your light is", "make sure the status light is", "check that the light is",
            ]
        ),
        (
            .ignored,
            [
                "nothing changes", "nothing changed", "nothing else", "nothing different", "none of", "none of the",
                "nothin else", "nuthin else", "nothin else lit", "nothin else on",
                // the owner's aside, not what the light should do: "as expected the mini is solid blue"
                "as expected", "just as expected", "as i expected", "like expected",
                "nothing else lit", "nothing else is lit", "nothing else on", "nothing else is on", "no other lights",
                "none of them", "none of my", "none of our", "off ebay", "off amazon", "off marketplace",
                "off plate", "off the plate", "off its plate", "off the bracket", "off its bracket", "off bracket",
                "off the faceplate", "off the backplate", "off from the plate", "off from the wall",
                "off from the mount",
                "take the doorbell off", "took the doorbell off", "take the camera off", "took the camera off",
                "steady cadence", "steady rhythm", "a steady rhythm", "a steady cadence", "steady pace",
                "it's nothing", "it is nothing", "perhaps it's nothing", "maybe it's nothing", "probably nothing",
                "probably it's nothing",
                "take it off", "nothing but", "for a solid", "for a good solid", "line is dead", "glasses off",
                "my glasses off", "her glasses off", "his glasses off", "with the glasses off",
                // said in the past ("the line was dead", "the internet was dead"), the outage is over: contexts.yaml
                "internet is dead", "wifi is dead",
                // the internet, not the light: the red flashing says it anyway
                "internet is out", "wifi is out", "wi fi is out", "internet is down", "wifi is down", "network is down",
                "broadband is out", "broadband is down", "internet is off", "wifi is off", "router is off",
                "ended with an error", "ends with an error", "ended in an error", "ended with error", "ended in error",
                "ended with a message", "ends with a message", "ended with", "ends with",
                "off facebook marketplace", "off craigslist", "off gumtree", "fell off", "falls off",
                "fall off", "came off", "comes off", "knocked off", "turn the status light off",
                "turn off the status light",
                "turn the led off", "turn off the led", "no idea", "no clue", "not sure", "not sure if", "i'm not sure",
                "no problem", "no problems", "no issue", "no issues", "no worries", "no luck", "no joy", "not working",
                "on the other side", "on the wall", "on the shelf", "on the porch", "on the app", "in the app",
                "on my phone", "on the phone", "off the wall", "turn on notifications", "gives off", "give off",
                "gave off",
                "giving off", "next to it", "beside it", "stopped working", "stop working", "stops working", "m away",
                "meters away", "metres away",
                "feet away", "ft away", "meter away", "metre away", "off mount", "off the mount",
                "off its mount", "took it off", "taken off", "to be added", "be added", "be added again",
                "needs to be added", "waiting to be added", "long time customer", "want to", "wants to", "wanna",
                "go in", "able to", "seem to", "seems to", "get it into", "get my", "get her", "get his",
                "both batteries", "both aas", "both cells",
                "set off", "sets off", "setting it off",
                "quick question", "a quick question", "quick one", "quick note", "short question", "fast reply",
                "quick reply", "quick response",
                "many thanks", "thanks a lot", "thanks so much", "thank you so much", "thanks a bunch",
                "thanks a million",
                "many many thanks", "a lot of help", "lots of love", "a bunch of thanks",
                // now and then: sometimes, not "now"
                "now and then", "every now and then", "now and again", "every now and again",
                // never seen it before: what is new, not the light off
                "never seen that colour", "never seen that color", "never seen this colour", "never seen this color",
                "never seen that before", "never seen this before", "never seen it before", "never seen that",
                "never seen this", "never saw that", "never saw this",
                // a light that begins: "the red light start to blink" (not a change "to" another light)
                "start to", "starts to", "started to", "starting to", "begin to", "begins to", "began to",
                "beginning to",
                // it goes on as it is: "the lamp is blink blue very slow, it stay like this"
                "stay like this", "stays like this", "stayed like this", "stay like that", "stays like that",
                "stayed like that", "staying like this",
                // what a light means on another device, glossed: "In the other module this mean offline, but XR?"
                "this mean offline", "this means offline", "that means offline", "that mean offline", "means offline",
                "mean offline", "means it's offline", "means its offline", "means it is offline",
                // "the light ended up solid red": what it became, not an end of the light
                "ended up", "ends up", "end up", "ending up",
                // a setting of the router or the app, not the light: "2.4 GHz SSID not enabled on router"
                "not enabled", "isn't enabled", "is not enabled", "wasn't enabled", "was not enabled",
                // the service came and went, not a blinking light: "the camera worked on and off"
                "worked on and off", "works on and off", "working on and off", "connected on and off",
                "connects on and off", "connecting on and off",
                // nothing in front of the camera, not the light: "it was still flashing with nothing moving"
                "nothing moving", "with nothing moving", "nothing was moving", "nothing is moving", "nothing there",
                "nothing around", "no one around", "nobody around",
            ]
        ),
        (.simultaneous, ["at the same time", "simultaneously", "together", "at once", "both", "in sync"]),
    ]
}
