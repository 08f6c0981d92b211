/// The phrases the free-text parser understands, grouped by meaning. Phrases are lower case, words
/// separated by one space; apostrophes are straight (`’` in the input is read as `'`), and hyphens in
/// the input read as spaces ("wi-fi" is "wi fi"). Articles and pronouns such as "the", "my" and "it"
/// may be left out of or added to a phrase by the person typing (see ``Lexicon/skippable``).
enum LexiconEntries {
    /// Every phrase and what it means.
    static let all: [(TextMeaning, [String])] = colors + kinds + counts + timing + structure + contexts + cues

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
            "solid", "solidly", "steady", "steadily", "stable", "solid light", "steady light", "not blinking at all",
        ]),
        (.lit, [
            "lit", "lit up", "lights up", "light up", "lighting up", "lighted up", "turns on", "turn on", "turned on",
            "turning on", "comes on", "come on", "came on", "coming on", "stays on", "stay on", "stayed on",
            "staying on", "remains on", "remain on", "remained on", "glows", "glow", "glowing", "glowed",
            "illuminated", "illuminates", "shines", "shining", "on solid", "solid on", "stays lit", "stay lit",
            "stays solid",
        ]),
        (.looseOn, ["on"]),
        (.constant, [
            "stuck on", "always on", "permanently on", "on all the time", "stays on forever", "constant", "stuck at",
            "stuck with", "stuck in", "stays that way", "stayed that way", "has stayed that way", "stays like that",
            "stayed like that", "been like that", "been like this", "like that ever since", "stuck that way",
        ]),
        (.kind(.blink), [
            "blink", "blinks", "blinking", "blinked", "blinky", "flash", "flashes", "flashing", "flashed",
            "flicker", "flickers", "flickering", "flickered", "pulse", "pulses", "pulsing", "pulsed", "pulsating",
            "strobe", "strobes", "strobing", "blip", "blips", "blipping", "wink", "winks", "winking",
            "winked", "blinkies", "on and off", "off and on", "blinking light", "flashing light",
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
            "completely dark", "totally dark", "no lights at all", "does nothing", "did nothing", "none",
            "zero response", "no indication", "no indication of the led", "no indication of the light",
            "no activity", "no led activity", "no sign of life", "no signs of life", "not doing anything",
            "isn't doing anything", "isnt doing anything", "doesn't do anything", "doesnt do anything",
            "does not do anything", "not showing anything", "shows nothing", "showing nothing", "stays dark",
            "stayed dark", "remains dark", "nothing at all happens", "dead", "dead light",
        ]),
        (.dark, ["dark"]),
        (.endOfLight, [
            "goes off", "go off", "went off", "going off", "gone off", "turns off", "turn off", "turned off",
            "turning off", "shuts off", "shut off", "shutting off", "switches off", "switch off", "switched off",
            "goes out", "go out", "went out", "goes dark", "go dark", "went dark", "going dark", "stops", "stop",
            "stopped", "stopping", "disappears", "fades", "fades out", "fade out", "ends", "ended", "goes away",
            "go away", "went away", "then nothing", "back to dark", "back to normal", "went back to normal",
            "goes back to normal", "was fine", "went quiet", "goes quiet", "quits", "quit",
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
        (.numberWord(6), ["half a dozen", "a half dozen", "half dozen"]),
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
        (.count(.few), ["a few times", "few times"]),
        (.count(.exactly(2)), ["a couple times", "a couple of times", "couple of times", "couple times"]),
        (.count(.several), ["several times", "many times", "multiple times", "lots of times", "a number of times"]),
        (.countWord(.exactly(1)), ["single", "a single"]),
        (.ratePer(1), ["times a second", "times per second", "times a sec", "times per sec", "times every second"]),
        (.ratePer(60), ["times a minute", "times per minute", "times a min", "times per min", "times every minute"]),
        (.ratePer(3600), ["times an hour", "times per hour"]),
        (.countWord(.exactly(2)), ["double"]),
        (.countWord(.exactly(3)), ["triple"]),
        (.countWord(.few), ["a few", "few"]),
        (.countWord(.exactly(2)), ["a couple", "couple", "a couple of", "a pair of", "a pair"]),
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
        (.speed(.slow), ["slow", "slowly", "slower", "slowish", "very slow", "very slowly", "lazily", "leisurely"]),
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
            "for an instant", "half a second", "for half a second", "a couple seconds", "a couple of seconds",
            "for a couple seconds", "for a couple of seconds", "a couple secs", "real quick", "really quick",
            "for a second or two", "a second or two", "for a blink", "in a flash",
        ]),
        (.duration(.seconds), [
            "a few seconds", "for a few seconds", "few seconds", "several seconds", "for several seconds",
            "some seconds", "for seconds", "a few secs", "several secs",
        ]),
        (.duration(.minute), [
            "a minute", "for a minute", "about a minute", "a minute or so", "for about a minute", "for a minute or so",
            "a min", "for a min", "a minute or two",
        ]),
        (.duration(.minutes), [
            "a few minutes", "for a few minutes", "several minutes", "for several minutes", "for minutes",
            "a couple of minutes", "for a couple of minutes", "a couple minutes", "half an hour",
            "for half an hour", "for a while", "a long time", "for a long time", "a half hour", "for a half hour",
        ]),
        (.duration(.hours), [
            "an hour", "for an hour", "hours", "for hours", "a few hours", "for a few hours", "several hours",
            "for several hours", "all day", "all night", "overnight", "for days", "days", "weeks", "for weeks",
            "months", "for months", "since yesterday", "yesterday", "since last night", "last night",
            "this morning", "since this morning", "all morning", "all afternoon", "all evening", "all weekend",
            "since last week", "last week", "since the weekend", "over an hour", "for over an hour",
            "more than an hour", "for more than an hour", "hours now", "since morning", "since monday",
            "since friday", "for two days", "for 2 days",
        ]),
        (.continuous, [
            "keeps", "keep", "kept", "keeps on", "keep on", "keeps going", "continuously", "continuous",
            "continually", "continues", "continue", "continuing", "nonstop", "non stop", "constantly", "forever",
            "endlessly", "all the time", "over and over", "over and over again", "again and again", "indefinitely",
            "permanently", "the whole time", "never ending", "neverending", "on repeat", "stuck", "always",
            "repeatedly", "keeps doing it", "keeps doing that", "without end", "won't quit", "ever since",
            "sits there", "just sits there", "sitting there", "on and on", "all the time now", "around the clock",
            "no matter what", "wont go away", "won't go away", "doesn't go away",
            "does not go away", "never goes away", "never stops", "won't stop", "wont stop", "doesn't stop",
            "doesnt stop", "does not stop", "never ends", "still going", "for ages",
        ]),
    ]

    static let structure: [(TextMeaning, [String])] = [
        (.negation, [
            "no", "not", "never", "doesn't", "doesnt", "does not", "don't", "dont", "do not", "didn't", "didnt",
            "did not", "instead of", "rather than", "isn't", "isnt", "is not", "haven't", "havent", "have not", "hasn't", "hasnt",
            "has not", "not yet", "ain't", "aint", "aren't", "arent", "are not", "wasn't", "wasnt", "was not",
            "won't", "wont", "will not", "can't", "cant", "cannot", "can not", "couldn't", "couldnt", "could not",
            "without", "nor", "neither", "never even", "not even", "not once", "never once", "doesnt even",
            "doesn't even", "didn't even", "didnt even", "won't even", "wont even",
        ]),
        (.order(.then), [
            "then", "and then", "followed by", "followed", "after that", "afterwards", "afterward", "next",
            "later", "eventually", "finally", "until", "till", "until it", "which then", "and after that",
            "after a while", "after a bit", "after some time", "changes to", "changed to", "changing to",
            "turns", "turned", "turning", "turns to", "turns into", "becomes", "became", "switches to",
            "switched to", "switching to", "goes to", "went to", "changes", "changed", "changing",
            "after which", "subsequently", "at which point", "and now", "now", "replaced by", "replaced with",
            "is replaced by", "gets replaced by", "gives way to", "gave way to", "then goes", "then went",
            "and is followed by", "is followed by", "turns into", "switches over to", "moves on to", "goes into",
            "went into", "goes to", "by then", "after that it", "afterwards it", "from there", "at that point",
        ]),
        (.order(.before), ["before", "right before", "just before", "shortly before", "immediately before"]),
        (.order(.after), [
            "after", "right after", "immediately after", "just after", "shortly after", "soon after",
            "directly after", "straight after", "since", "following",
        ]),
        (.order(.when), [
            "when", "whenever", "as soon as", "every time", "each time", "if", "every single time", "each and every time",
            "any time", "anytime", "during",
        ]),
        (.together, [
            "and", "with", "while", "plus", "along with", "together with", "alongside", "as well as",
            "at the same time as", "and also", "whilst",
        ]),
        (.noLonger, ["no longer", "anymore", "any more", "not anymore", "no more"]),
        (.subject, [
            "it", "it's", "its", "the light", "the led", "the lights", "which", "that light", "this light", "there was",
            "there is", "there's", "i saw", "i see", "i noticed", "you see", "you can see",
        ]),
        (.order(.comma), ["but", "however", "although", "though", "but then it"]),
        (.ignored, [
            "nothing changes", "nothing changed", "nothing else", "nothing different", "fell off", "falls off",
            "fall off", "came off", "comes off", "knocked off", "turn the status light off", "turn off the status light",
            "turn the led off", "turn off the led", "no idea", "no clue", "not sure", "not sure if", "i'm not sure",
            "no problem", "no problems", "no issue", "no issues", "no worries", "no luck", "no joy", "not working",
            "on the other side", "on the wall", "on the shelf", "on the porch", "on the app", "in the app",
            "on my phone", "on the phone", "off the wall", "turn on notifications", "set it off", "sets it off",
            "set off", "sets off", "setting it off",
            "quick question", "a quick question", "quick one", "quick note", "short question", "fast reply",
            "quick reply", "quick response",
            "many thanks", "thanks a lot", "thanks so much", "thank you so much", "thanks a bunch", "thanks a million",
            "many many thanks", "a lot of help", "lots of love", "a bunch of thanks",
        ]),
        (.simultaneous, ["at the same time", "simultaneously", "together", "at once", "both", "in sync"]),
    ]

    /// Situation words whose meaning depends on their neighbours. The plain situation phrases ("after
    /// the reset", "whenever someone walks by") live in the catalog (`Patterns/contexts.yaml`, `phrases`),
    /// so that catalog authors extend them without code.
    static let contexts: [(TextMeaning, [String])] = [
        (.pairingMode, ["pairing mode", "pair mode", "setup mode", "sync mode"]),
        (.recordingLight, ["recording light", "recording led", "record light"]),
        (.outage, ["outage", "the outage", "after the outage"]),
    ]

    /// Things that move in front of a camera, and the moving: in a "when …" clause they are the motion
    /// context ("whenever a car drives past", "when the wind blows the tree about").
    static let cues: [(TextMeaning, [String])] = [
        (.motionCue, [
            "someone", "somebody", "anyone", "anybody", "person", "people", "a person", "visitor", "visitors",
            "guest", "guests", "car", "cars", "truck", "trucks", "van", "bike", "bikes", "traffic", "vehicle",
            "vehicles", "dog", "dogs", "cat", "cats", "deer", "fox", "foxes", "bird", "birds", "squirrel",
            "squirrels", "animal", "animals", "raccoon", "rabbit", "pet", "pets", "kid", "kids", "child",
            "children", "mailman", "postman", "postie", "mail carrier", "courier", "delivery", "delivery driver",
            "delivery drivers", "driver", "drivers", "neighbour", "neighbor", "neighbours", "neighbors", "wind",
            "the wind", "breeze", "bushes", "tree", "trees", "branches", "leaves", "spider", "bugs", "insects",
            "walk", "walks", "walked", "walking", "walk up", "walks up", "walked up", "walking up", "walk in",
            "walk into", "walked in", "walks in", "walk past", "runs past", "runs by", "ran by", "running past",
            "ran past", "run past", "drives past", "drove past", "drives by", "drove by", "driving past", "drives up",
            "drove up", "driving by", "pulls in", "pulled in", "pull in", "pulls up", "pulled up", "pull up", "pulls into",
            "pulled into", "comes up", "came up", "coming up", "comes to the door", "came to the door",
            "approaches", "approached", "approaching", "goes past", "went past", "go past", "goes by",
            "went by", "go by", "blows", "blew", "blowing", "sways", "swaying", "jumps", "jumped", "jumping",
            "jump", "jumps up", "jumped up",
            "open the door", "opens the door", "opened the door",
            "open the front door", "opened the front door", "door opens", "front door", "leaves the room",
            "comes in", "came in", "comes home", "came home", "gets home", "got home", "crosses", "crossed",
            "in front of it", "in front of the camera", "in view", "into view", "through the yard",
        ]),
            (.buttonPress, [
            "ring the bell", "rings the bell", "rang the bell", "ringing the bell", "ring the doorbell",
            "rings the doorbell", "rang the doorbell", "press the doorbell", "presses the doorbell",
            "pressed the doorbell", "pressing the doorbell", "push the doorbell", "pushes the doorbell",
            "pushed the doorbell", "presses the button", "pressed the button", "press the button",
            "pushes the button", "doorbell button", "rings", "rang",
        ]),
    ]
}
