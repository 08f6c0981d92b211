public import LEDCore

/// An LED found in a clip: where, in the clip's own pixels, and the colours it showed.
public struct FoundLED: Sendable, Hashable {
    /// The left and top edges of the region around it, in pixels.
    public var x: Int
    public var y: Int
    /// The region's width and height, in pixels.
    public var width: Int
    public var height: Int
    /// The colour it showed longest.
    public var color: LEDColor
    /// Every colour it showed, in the order first seen.
    public var colors: [LEDColor]

    /// Creates a found LED.
    public init(x: Int, y: Int, width: Int, height: Int, color: LEDColor, colors: [LEDColor]) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
        self.color = color
        self.colors = colors
    }
}
