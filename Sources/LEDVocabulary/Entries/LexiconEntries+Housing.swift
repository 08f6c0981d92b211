/// The device's parts that are not its LED: the colour of its housing, stand or mount ("The Mini's stand is white
/// plastic; can I paint it black?"), and the Floodlight's lamps, which light the garden ("the floodlight lamps don't
/// turn on at night", "the lamp came on when I stepped outside"). Read and dropped (``TextMeaning/ignored``): they
/// tell nothing of the status LED, lit or dark.
extension LexiconEntries {
    /// The parts a colour may be said of.
    static let housingParts = [
        "plastic", "casing", "housing", "case", "body", "cover", "shell", "stand", "mount", "bracket", "faceplate",
        "face plate", "backplate", "back plate", "skin", "sleeve", "frame", "finish", "paint",
    ]
    /// The colours a housing comes in or is painted.
    static let housingColors = [
        "white", "black", "grey", "gray", "silver", "red", "blue", "green", "yellow", "orange", "purple", "amber",
    ]
    /// The Floodlight's lamps, named as only they are ("lamp" alone is also what learners call the LED: "the red
    /// lamp is blinking", "blue lamp off and red lamp blink").
    static let lamps = [
        "floodlight lamps", "floodlight lamp", "floodlight's lamp", "floodlight's lamps", "floodlights lamp",
        "floodlights lamps", "flood lamps", "flood lamp", "floodlights", "flood lights", "spotlight", "spotlights",
        "lamp heads", "lamp head", "light bar", "the floodlight itself",
    ]
    /// The lamps said to work: "Lamps OK", "lamps + motion OK" ("+" is no word).
    static let lampsWorking = ["lamps ok", "lamps okay", "lamps fine", "lamps work", "lamps working", "lamps all fine"]
    /// What the lamps are said to do.
    static let lampDoings = [
        "came on", "comes on", "come on", "turn on", "turns on", "turned on", "switch on", "switches on",
        "switched on", "lit up", "light up", "lights up", "lighting up", "go on", "goes on", "went on", "on", "off",
        "ok", "okay", "fine", "work", "works", "working", "don't turn on", "doesn't turn on", "do not turn on",
        "does not turn on", "won't turn on", "didn't turn on", "never turn on", "never come on", "don't come on",
        "doesn't come on", "won't come on", "didn't come on", "don't light up", "doesn't light up", "won't light up",
        "stay off", "stays off", "stayed off", "stay dark", "stays dark", "don't work", "doesn't work", "not working",
    ]

    static let housing: [(TextMeaning, [String])] = [
        (
            .ignored,
            housingColors.flatMap { color in
                housingParts.flatMap { part in ["\(color) \(part)", "\(part) \(color)"] }
                    + [
                        "paint it \(color)", "painted it \(color)", "paint \(color)", "painted \(color)",
                        "spray it \(color)",
                    ]
            } + lamps.flatMap { lamp in lampDoings.map { "\(lamp) \($0)" } } + lampsWorking
        )
    ]
}
