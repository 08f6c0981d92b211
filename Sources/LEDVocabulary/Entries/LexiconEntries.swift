import LEDCore

/// The phrases the free-text parser understands, grouped by meaning. Phrases are lower case, words
/// separated by one space; apostrophes are straight (`’` in the input is read as `'`), and hyphens in
/// the input read as spaces ("wi-fi" is "wi fi"). Articles and pronouns such as "the", "my" and "it"
/// may be left out of or added to a phrase by the person typing (see ``Lexicon/skippable``).
package enum LexiconEntries {
    /// Every phrase and what it means.
    static let all: [(TextMeaning, [String])] =
        colors + shades + kinds + counts + timing + lengths + spans + pastTimes + dayTimes + notAboutLights + quarters
        + withoutBlink + structure + joining + notTheLight + housing + featureStatus + installation + setupUnderway
        + contexts + cues + handling + nothingDone + nothingHappens + longTimeOwner + learnersNoLight

    static let colors: [(TextMeaning, [String])] =
        // A colour said with an intensifier is that colour: "it become red, full red", "pure blue".
        LEDColor.allCases.map { color in
            (.color(color), ["full", "pure", "fully", "totally", "completely"].map { "\($0) \(color.rawValue)" })
        } + [
            // Shades people name stand for the colour of the LED: "crimson", "sky blue", "emerald".
            (
                .color(.red),
                [
                    "red", "reds", "reddish", "red colored", "crimson", "scarlet", "ruby", "cherry red", "cherry",
                    "blood red", "bright red", "deep red", "rosso", "rossa", "rojo", "roja", "rouge", "rot", "rote",
                    // A shade before its colour is one colour, not "red red" (two flashes).
                    "ruby red", "crimson red", "scarlet red", "wine red", "dark red", "light red", "pale red",
                    "fire red", "fire engine red", "brick red",
                ]
            ),
            (
                .color(.blue),
                [
                    "blue", "blues", "bluish", "blueish", "blu", "azure", "cobalt", "sky blue", "navy", "navy blue",
                    "royal blue", "baby blue", "light blue", "bright blue", "deep blue", "sapphire", "azul", "bleu",
                    "blau",
                    "sapphire blue", "cobalt blue", "azure blue", "dark blue", "pale blue", "ice blue", "electric blue",
                    "ocean blue",
                ]
            ),
            (
                .color(.green),
                [
                    "green", "greens", "greenish", "grn", "gren", "grean", "greeen", "emerald", "lime", "lime green",
                    "mint green", "jade", "bright green",
                    "forest green", "verde", "vert", "grün", "gruen", "emerald green", "jade green", "dark green",
                    "light green",
                    "pale green", "neon green",
                ]
            ),
            (.color(.white), ["white", "whitish"]),
            (.color(.amber), ["amber", "orange", "orangish", "orangey"]),
            (.color(.yellow), ["yellow", "yellowish"]),
            (.color(.purple), ["purple", "purplish", "violet", "magenta"]),
        ]

    static let kinds: [(TextMeaning, [String])] = [
        (
            .kind(.solid),
            [
                "solid", "solidly", "steady", "steadily", "stable", "solid light", "steady light", "fix",
                "is fix", "fixe",
                // a colour's relative clause, as learners write it: "the green which is fixed" (not "it is fixed now")
                "which is fixed", "that is fixed", "which is fix", "that is fix", "which stays fixed",
                "that stays fixed",
                "which stay fixed", "which remains fixed", "who is fixed", "which is fixe",
            ]
        ),
        (
            .lit,
            [
                "lit", "lit up", "lights up", "light up", "lighting up", "lighted up", "turns on", "turn on",
                "turned on",
                "turning on", "comes on", "come on", "came on", "coming on", "stays on", "stay on", "stayed on",
                "staying on", "remains on", "remain on", "remained on", "glows", "glow", "glowing", "glowed",
                "illuminated", "illuminates", "shines", "shining", "on solid", "solid on", "stays lit", "stay lit",
                "lighting",
                "is lighting", "lighted", "is lit", "stays", "stay", "stayed", "remains", "remained",
                "stays solid",
            ]
        ),
        (.looseOn, ["on", "fixed"]),
        (
            .constant,
            [
                "stuck on", "always on", "permanently on", "on all the time", "stays on forever", "constant",
                "stuck at",
                "stuck with", "stuck in", "stuck that way",
            ]
        ),
        (
            .kind(.blink),
            [
                "blink", "blinks", "blinking", "blinked", "blinky", "flash", "flashes", "flashing", "flashed",
                "flicker", "flickers", "flickering", "flickered", "pulse", "pulses", "pulsing", "pulsed", "pulsating",
                "strobe", "strobes", "strobing", "strobed", "strobin", "strobbing", "strobeing", "blip", "blips",
                "blipping", "twinkle", "twinkles",
                "twinkling",
                "twinkled", "shimmer", "shimmers", "shimmering", "shimmered", "sparkle", "sparkles", "sparkling",
                "sparkled",
                "glimmer", "glimmers", "glimmering", "flicks", "flicking", "pulsates", "pulsated", "flashy", "wink",
                "winks", "winking",
                "winked", "blinkies", "on and off", "off and on", "blinking light", "flashing light",
                "turning on and off", "turns on and off", "turn on and off", "going on and off", "goes on and off",
                "coming on and off", "comes on and off", "on off", "on and off again", "on n off", "goin on n off",
                "going on n off", "on n off on n off", "on and off on and off",
                // on, then off, over and over: "little red light comes on and goes off again every few seconds"
                "comes on and goes off again", "coming on and going off", "keeps coming on and going off",
                "comes on and goes out again", "lights up and goes off again", "lights up and goes out again",
                "goes on and goes off", "switches on and off", "switching on and off", "on off on off",
                // Owners who mix in their own language: French, Spanish, Italian, German, Dutch.
                "clignote", "clignotent", "clignotant", "clignotante", "parpadea", "parpadeando", "parpadeo",
                "lampeggia", "lampeggiante", "blinkt", "knippert", "piscando", "pisca", "piscante", "miga", "migocze",
                // A steady rhythm is still blinking: "blinking steadily", "flashes steadily".
                "blinking steadily", "blinks steadily", "blinked steadily", "flashing steadily", "flashes steadily",
                "flashed steadily", "steadily blinking", "steadily flashing", "blinking at a steady pace",
                "flashing at a steady pace",
            ]
        ),
        (
            .kind(.alternating),
            [
                "disco", "a disco", "disco lights", "little disco", "lil disco",
                "alternating", "alternates", "alternate", "alternated", "alternately", "alt", "switching between",
                "switches between", "switching back and forth", "back and forth", "taking turns", "takes turns",
                "cycling between", "cycles between", "cycling through", "swapping between", "changing between",
                "flipping between", "alternating between", "flips between", "flip between", "flipped between",
                "flips back and forth", "goes between", "going between", "went between", "changes between",
                "changed between", "switched between", "toggles between", "toggling between", "toggled between",
                "in turns", "by turns", "in turn", "turn by turn", "one after the other", "one after another",
                "keeps going between", "kept going between", "keeps switching between", "keeps changing between",
                "keeps flipping between", "keeps alternating between",
                // one colour, then the other: "red and blue, one then the other", "now one now the other"
                "one then the other", "one and then the other", "first one then the other", "one then other",
                "one and then other", "one after other", "now one now the other", "one other one other",
                "one at a time", "one and the other", "one and other", "now one now other",
                // learners' and other voices: "they take turns", "red and blue in alternance", "ping-ponging"
                "take turns", "took turns", "taking turn", "in alternance", "alternance", "interchanging",
                "interchanges", "interchanged", "ping-ponging", "ping ponging", "ping-pongs", "ping-ponged",
            ]
        ),
        (
            .kind(.off),
            [
                "off", "no light", "no lights", "no led", "no leds", "no light at all", "nothing", "nothing at all",
                "nothin", "nuthin", "nothin at all", "no nothin", "no nothing", "no nuthin",
                "nothing happens", "nothing happened", "no reaction", "no response", "unlit", "not lit",
                "completely dark", "totally dark", "no lights at all", "does nothing", "did nothing", "none",
                "pitch black", "pitch dark",
                // learners' "not light" for "not lit": "the blue lamp is not light"
                "is not light", "isn't light", "are not light", "not lighted", "not lighting", "not light up",
            ]
                // "the doorbell is not showing any light", "it wasn't giving any light": "is not" would otherwise be
                // read first, as a negation of nothing
                + ["is not", "isn't", "isnt", "was not", "wasn't", "wasnt", "are not", "aren't"].flatMap { negation in
                    ["showing", "making", "giving", "displaying"].flatMap { verb in
                        ["any light", "any lights", "a light", "light", "any led"].map { "\(negation) \(verb) \($0)" }
                    }
                }
                // "my Mini never showed any light", "it doesn't give any light"
                + ["never", "didn't", "doesn't", "does not"].flatMap { negation in
                    ["show", "showed", "shows", "give", "gave"].flatMap { verb in
                        ["any light", "a light"].map { "\(negation) \(verb) \($0)" }
                    }
                }
                + [
                    "zero response", "no indication", "no indication of the led", "no indication of the light",
                    "no activity", "no led activity", "no sign of life", "no signs of life", "not doing anything",
                    "isn't doing anything", "isnt doing anything", "doesn't do anything", "doesnt do anything",
                    "does not do anything", "don't do anything", "dont do anything", "do not do anything",
                    "not do anything", "no do anything", "don't do nothing", "dont do nothing", "doesn't do nothing",
                    "doesnt do nothing", "not showing anything", "shows nothing", "showing nothing", "stays dark",
                    "stayed dark", "remains dark", "nothing at all happens", "nada", "zilch", "no lite", "no lites",
                    "no lite at all", "dark again", "stays dark", "never lights", "never light", "doesn't light",
                    "does not light",
                    "won't light", "didn't light", "never lit", "never lights up", "doesn't react", "does not react",
                    "didn't react",
                    "not reacting", "won't react", "no reaction at all", "doesn't react at all", "dead", "dead light",
                    "did not react", "did not react at all", "didn't react at all", "does not react at all",
                    "darkness", "total darkness", "just darkness", "complete darkness",
                    "stayed off", "stays off", "stay off", "staying off", "remained off", "remains off", "kept off",
                    "stayed off the whole time", "stays off the whole time", "stayed dark the whole time",
                    "is out", "is dark", "was dark",
                    "didnt react", "doesnt react", "did not respond", "didn't respond", "does not respond",
                    "doesn't respond", "no response at all",
                    "zero led activity", "zero activity", "zero light", "zero lights", "not a single light",
                    "light never comes on", "light never came on", "light doesn't come on", "light does not come on",
                    "light didn't come on", "light did not come on", "led never comes on", "led doesn't come on",
                    "led didn't come on", "light never turns on", "light doesn't turn on", "light didn't turn on",
                ]
        ),
        (.dark, ["dark"]),
        (
            .endOfLight,
            [
                "goes off", "go off", "went off", "going off", "gone off", "turns off", "turn off", "turned off",
                "turning off", "shuts off", "shut off", "shutting off", "switches off", "switch off", "switched off",
                "goes out", "go out", "went out", "goes dark", "go dark", "went dark", "going dark", "stops", "stop",
                "stopped", "stopping", "disappears", "fades", "fades out", "fade out", "ends", "ended", "goes away",
                "go away", "went away", "then nothing", "then nada", "se apaga", "s'éteint", "geht aus", "is gone",
                "was gone", "after nothing",
                "after this nothing", "after that nothing", "then out", "and then out", "back to dark",
                "back to normal", "went back to normal",
                "goes back to normal", "was fine", "went quiet", "goes quiet", "quits", "quit",
            ]
        ),
    ]

    static let counts: [(TextMeaning, [String])] = [
        (.numberWord(0), ["zero"]),
        (.numberWord(1), ["one"]),
        (.numberWord(2), ["two", "dos", "deux", "zwei"]),
        (.numberWord(3), ["three", "tres", "trois", "drei"]),
        (.numberWord(4), ["four", "cuatro", "quatre", "vier"]),
        (.numberWord(5), ["five", "cinco", "cinq", "fünf", "funf"]),
        (.numberWord(6), ["six", "seis", "sechs"]),
        (.numberWord(7), ["seven", "siete", "sept", "sieben"]),
        (.numberWord(8), ["eight", "ocho", "huit", "acht"]),
        (.numberWord(9), ["nine", "nueve", "neuf", "neun"]),
        (.numberWord(10), ["ten", "diez", "dix", "zehn"]),
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
        (.numberWord(40), ["forty", "fourty"]),
        (.numberWord(50), ["fifty"]),
        (.numberWord(60), ["sixty"]),
        (.numberWord(70), ["seventy"]),
        (.numberWord(80), ["eighty"]),
        (.numberWord(90), ["ninety"]),
        (.numberWord(100), ["hundred", "a hundred"]),
        (.once, ["once"]),
        (.count(.exactly(1)), ["one time", "a single time", "just once", "only once"]),
        (.count(.exactly(2)), ["twice", "two times"]),
        (.count(.exactly(3)), ["thrice"]),
        (.count(.few), ["a few times", "few times"]),
        (.count(.exactly(2)), ["a couple times", "a couple of times", "couple of times", "couple times"]),
        (.count(.between(1, 2)), ["once or twice", "one or two times", "a blink or two", "a flash or two"]),
        (.count(.between(2, 3)), ["twice or three times", "two or three times"]),
        (.count(.several), ["several times", "many times", "multiple times", "lots of times", "a number of times"]),
        (.countWord(.exactly(1)), ["single", "a single"]),
        (
            .ratePer(1),
            [
                "times a second", "times per second", "times a sec", "times per sec", "times every second", "hz",
                "hertz",
                "per second", "per sec", "blinks per second", "blinks a second", "flashes per second",
                "flashes a second",
            ]
        ),
        (
            .ratePer(60),
            ["times a minute", "times per minute", "times a min", "times per min", "times every minute", "per minute"]
        ),
        (.ratePer(3600), ["times an hour", "times per hour"]),
        (.countWord(.exactly(2)), ["double"]),
        (.countWord(.exactly(3)), ["triple"]),
        (.countWord(.few), ["a few", "few", "a handful", "a handful of", "handful of", "a small handful"]),
        (.countWord(.exactly(2)), ["a couple", "couple", "a couple of", "a pair of", "a pair"]),
        (.countWord(.several), ["several", "many", "multiple", "a bunch", "a lot", "lots", "numerous"]),
        // "times" after a number; "six of them"; the same in the languages owners mix in ("seis veces").
        (.timesMarker, ["times", "time", "x", "of them", "veces", "fois", "mal"]),
        (.between, ["between"]),
        (.rangeJoin, ["or"]),
        (.to, ["to", "reached", "reaches", "reach"]),
    ]

    /// Situation words whose meaning depends on their neighbours. The plain situation phrases ("after
    /// the reset", "whenever someone walks by") live in the catalog (`Patterns/contexts.yaml`, `phrases`),
    /// so that catalog authors extend them without code.
    static let contexts: [(TextMeaning, [String])] = [
        (
            .pairingMode,
            [
                "pairing mode", "pair mode", "setup mode", "sync mode", "into pairing", "entered pairing",
                "enter pairing",
                "enters pairing", "entering pairing",
            ]
        ),
        (
            .recordingLight,
            [
                "recording light", "recording led", "record light", "light of recording", "light of the recording",
                "light of record", "recording blue light", "blue recording light", "rec light", "rec led",
                "blue rec light", "rec indicator", "recording indicator",
            ]
        ),
        (.outage, ["outage", "the outage", "after the outage"]),
        (
            .otherSituation,
            [
                // the router's power, not the device's
                "restarted router", "restart router", "restarting router", "rebooted router", "reboot router",
                "rebooting router", "router restarted", "router rebooted", "router was restarted",
                "router was rebooted", "router was unplugged", "router unplugged", "unplugged router",
                "unplug router", "unplugging router", "power cycled router", "power cycle router",
                "power cycling router", "restarted modem", "rebooted modem", "modem rebooted", "modem restarted",
                "unplugged modem", "modem was unplugged", "router was off", "router was down",
                // when someone came home: a time, not someone moving in front of the camera
                "since i got home", "since i came home", "since we got home", "since we came home",
                "since i got back", "since we got back", "since i came in", "since i got in",
            ]
                // an outage still going on, not the internet back ("ISP outage ongoing", "outage still in progress")
                + ["outage", "isp outage", "internet outage", "wifi outage", "broadband outage", "network outage"]
                .flatMap {
                    outage in
                    [
                        "\(outage) ongoing", "\(outage) still ongoing", "ongoing \(outage)", "\(outage) in progress",
                        "\(outage) still in progress", "\(outage) continues", "\(outage) still going on",
                        "\(outage) not resolved", "\(outage) unresolved", "\(outage) not over", "still an \(outage)",
                        "\(outage) not fixed", "\(outage) still not fixed",
                    ]
                }
        ),
        (
            .release,
            [
                "let go", "let it go", "let go of", "letting go", "after letting go", "released", "release",
                "releasing", "after releasing", "released it", "released the button", "released the pin",
                "took the pin out", "pulled the pin out", "removed the pin", "let off", "let the button go",
            ]
        ),
    ]

    /// Things that move in front of a camera, and the moving: in a "when …" clause they are the motion
    /// context ("whenever a car drives past", "when the wind blows the tree about"). The first list (who or
    /// what, where, arriving: "my son", "the front door", "came home") says motion only there; the second
    /// (moving past, up or across) also right after one of the first ("a courier came up the path").
    static let cues: [(TextMeaning, [String])] = [
        (
            .mover,
            [
                "someone", "somebody", "sum1", "some1", "sumone", "sumbody", "anyone", "anybody", "person", "people",
                "a person", "visitor", "visitors",
                "guest", "guests", "car", "cars", "truck", "trucks", "van", "bike", "bikes", "traffic", "vehicle",
                "vehicles", "dog", "dogs", "cat", "cats", "deer", "fox", "foxes", "bird", "birds", "squirrel",
                "squirrels", "animal", "animals", "raccoon", "rabbit", "pet", "pets", "kid", "kids", "child",
                "children", "mailman", "postman", "postie", "mail carrier", "courier", "delivery",
                "delivery driver", "delivery drivers", "driver", "drivers", "neighbour", "neighbor", "neighbours",
                "neighbors", "wind", "the wind", "breeze", "bushes", "tree", "trees", "branches", "leaves",
                "spider", "bugs", "insects", "jogger", "runner", "cyclist", "cleaner", "gardener", "sprinkler",
                "son", "daughter", "guy", "man", "woman", "boy", "girl", "pigeon", "pigeons", "seagull", "seagulls",
                "crow", "crows", "badger", "cow", "cows", "horse", "moth", "moths", "the cat",
                "baby", "the baby", "toddler", "husband", "wife", "partner", "mum", "mom", "dad", "grandma", "grandpa",
                "mouse", "mice", "rat", "rats", "intruder", "burglar", "stranger", "lorry", "bus",
                "tractor",
                "the dog", "front door", "the gate", "in front of", "in front of it", "in front of the camera",
                "in view", "into view", "through the yard", "open the front door", "door opens", "walk", "walks",
                "walked", "walking", "walk in", "walk into", "walked in", "walks in", "comes home", "came home",
                "gets home", "got home", "comes in", "came in", "leaves the room", "pass", "passes", "shows up",
                "showed up", "open the door", "opens the door", "opened the door", "triggered it", "crosses",
                "crossed",
                // someone going out of the house, past the camera at the door: "when I stepped outside"
                "stepped outside", "step outside", "steps outside", "stepping outside", "stepped out", "step out",
                "steps out", "went outside", "go outside", "goes outside", "walked outside", "walk outside",
                "came outside", "comes outside", "come outside", "headed outside", "heads outside",
            ]
        ),
        (
            .motionCue,
            [
                "walk up", "walking up", "walk past", "drives up", "pulls into", "comes to the door",
                "came to the door", "goes past", "went past", "go past", "goes by", "went by", "go by", "blows",
                "blew", "blowing", "sways", "swaying", "jumps", "jumped", "jumping", "jump", "jumps up",
                "jumped up", "landing", "lands", "opened the front door", "pass by", "came through",
                "comes through", "running by", "runnin by", "running past", "runnin past", "run by", "up the path",
                "up the drive", "up the driveway", "down the path", "down the drive", "down the driveway",
                "across the lawn", "across the yard", "across the garden", "across the drive",
                "across the driveway", "walked across",
                // "the cat crossed the lawn": a mover just before it says motion
                "crossed the lawn", "crosses the lawn", "crossed the yard", "crosses the yard", "crossed the garden",
                "crosses the garden", "crossed the drive", "crosses the drive", "crossed the driveway",
                "crosses the driveway", "crossed the path", "crosses the path",
            ]
                + ["patio", "porch", "deck", "street", "road", "room", "hall", "garage"].flatMap { place in
                    ["crossed", "crosses", "walked across"].map { "\($0) the \(place)" }
                }
        ),
        (
            .buttonPress,
            [
                "ring the bell", "rings the bell", "rang the bell", "ringing the bell", "ring the doorbell",
                "rings the doorbell", "rang the doorbell", "press the doorbell", "presses the doorbell",
                "pressed the doorbell", "pressing the doorbell", "push the doorbell", "pushes the doorbell",
                "pushed the doorbell", "ring my doorbell", "rings my doorbell", "ringing my doorbell", "ring my bell",
                "ring our doorbell", "is ring", "are ring", "presses the button", "pressed the button",
                "press the button",
                "pushes the button", "doorbell button", "rings", "rang", "pressed", "presses", "press", "pressing",
                "pushed", "pushes",
            ] + doorbellButtonPresses + visitorPresses
        ),
    ]
}
