/// A rectangle of the picture in the clip's own pixels (`--roi X,Y,W,H`): where to look for the LED.
public struct VideoRegion: Sendable, Hashable {
    /// The left and top edges, in pixels from the picture's top-left corner.
    public var x: Int
    public var y: Int
    /// The width and height, in pixels.
    public var width: Int
    public var height: Int

    /// Creates a region.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// Reads `X,Y,W,H` (four whole numbers, width and height above 0), or `nil`.
    public init?(parsing text: String) {
        let numbers = text.split(separator: ",", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard numbers.count == 4, let x = numbers[0], let y = numbers[1], let width = numbers[2],
            let height = numbers[3], x >= 0, y >= 0, width > 0, height > 0
        else { return nil }
        self.init(x: x, y: y, width: width, height: height)
    }
}
