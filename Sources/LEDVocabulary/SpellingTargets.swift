/// The words a misspelling is measured against: colours, kinds and counts. The reader's spelling
/// suggester finds an unknown word's nearest ones, and the lexicon interns them so that a repair is a
/// known word.
package enum SpellingTargets {
    /// The words, lower case.
    package static let all: [String] = [
        "red", "blue", "green", "white", "amber", "orange", "yellow", "purple",
        "solid", "steady", "blink", "blinks", "blinking", "blinked", "flash", "flashes", "flashing", "flashed",
        "flicker", "flickering", "flickers", "pulse", "pulsing", "pulses", "alternating", "constant", "off",
        "once", "twice", "times", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
        "eleven", "twelve", "several", "few", "couple", "slow", "slowly", "fast", "quick", "quickly",
    ]
}
