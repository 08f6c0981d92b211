import LEDCore

/// The LED colour of light added to a region: hue and saturation of the summed difference from the
/// region when dark. Low saturation is white; the hue circle is cut into red, amber, yellow, green,
/// blue and purple.
enum HueClass {
    /// The colour of the light `(red, green, blue)` (sums of channel increases), or `nil` when there is
    /// hardly any.
    static func color(red: Float, green: Float, blue: Float) -> LEDColor? {
        let high = max(red, green, blue)
        let low = min(red, green, blue)
        guard high > 0 else { return nil }
        let saturation = (high - low) / high
        if saturation < 0.3 { return .white }
        let delta = high - low
        var hue: Float
        if high == red {
            hue = 60 * ((green - blue) / delta)
        } else if high == green {
            hue = 60 * ((blue - red) / delta) + 120
        } else {
            hue = 60 * ((red - green) / delta) + 240
        }
        if hue < 0 { hue += 360 }
        switch hue {
        case ..<20, 335...: return .red
        case ..<45: return .amber
        case ..<70: return .yellow
        case ..<165: return .green
        case ..<265: return .blue
        default: return .purple
        }
    }
}
