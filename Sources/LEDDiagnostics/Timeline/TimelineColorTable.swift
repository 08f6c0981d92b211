/// A fixed table with one entry per LED colour, stored inline (no heap buffer to chase), indexed by
/// `LEDColor.timelineIndex`. With thousands of builders fed in turn, keeping a device's per-colour
/// state inside the builder saves a cache miss per transition.
struct TimelineColorTable<Element: Sendable>: Sendable {
    private var amber, blue, green, purple, red, white, yellow: Element

    /// A table with every entry `value`.
    init(repeating value: Element) {
        (amber, blue, green, purple, red, white, yellow) = (value, value, value, value, value, value, value)
    }

    /// The entry of colour index `index` (0 ..< 7; larger indices read and write the last entry).
    subscript(index: Int) -> Element {
        get {
            switch index {
            case 0: return amber
            case 1: return blue
            case 2: return green
            case 3: return purple
            case 4: return red
            case 5: return white
            default: return yellow
            }
        }
        set {
            switch index {
            case 0: amber = newValue
            case 1: blue = newValue
            case 2: green = newValue
            case 3: purple = newValue
            case 4: red = newValue
            case 5: white = newValue
            default: yellow = newValue
            }
        }
    }
}
