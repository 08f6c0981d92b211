import Foundation
import LEDVideo

/// `leddiag video --frame-svg FILE`: one frame of the clip — the one where the LEDs shine brightest —
/// as an SVG picture, the frame embedded as a PNG data URI, each LED found outlined with its colours
/// named. Coordinates are the clip's pixels, whatever the size of the embedded image.
enum VideoFrameSVG {
    /// The picture's width on the page, in CSS pixels (its height keeps the clip's aspect).
    static let displayWidth = 640

    /// The SVG of `png` (a frame of `reading`'s clip, named `name`) with `reading`'s LEDs outlined.
    static func render(_ reading: VideoReading, png: Data, name: String) -> String {
        let width = max(1, reading.width)
        let height = max(1, reading.height)
        let displayHeight = Int((Double(displayWidth) * Double(height) / Double(width)).rounded())
        // Lines and letters sized to the picture: the same on the page for a small clip and a 4K one.
        let unit = Double(width) / Double(displayWidth)
        let font = number(13 * unit)
        let stroke = number(2 * unit)
        let ledText = reading.leds.map { led in
            led.colors.map(\.rawValue).joined(separator: ", ") + " at \(led.x),\(led.y)"
        }
        let title =
            "Frame \(reading.brightestFrame + 1) of \(reading.frames) (" + String(format: "%.3f", reading.brightestTime)
            + " s) of \(name): " + (ledText.isEmpty ? "no LED" : "LED " + ledText.joined(separator: "; LED "))
        var svg = """
            <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" \
            viewBox="0 0 \(width) \(height)" width="\(displayWidth)" height="\(displayHeight)" role="img" \
            aria-label="\(escaped(title))">
            <title>\(escaped(title))</title>
            <image x="0" y="0" width="\(width)" height="\(height)" preserveAspectRatio="none" \
            xlink:href="data:image/png;base64,\(png.base64EncodedString())"/>

            """
        for led in reading.leds {
            let label = escaped(led.colors.map(\.rawValue).joined(separator: ", "))
            // The label above the box, or below it when the box touches the top edge.
            let above = Double(led.y) - 4 * unit
            let labelY = above - 13 * unit > 0 ? above : Double(led.y + led.height) + 15 * unit
            svg += """
                <rect x="\(led.x)" y="\(led.y)" width="\(led.width)" height="\(led.height)" fill="none" \
                stroke="#FFD400" stroke-width="\(stroke)"/>
                <text x="\(led.x)" y="\(number(labelY))" font-family="sans-serif" font-size="\(font)" \
                fill="#FFD400" stroke="#000000" stroke-width="\(number(3 * unit))" paint-order="stroke">\(label)</text>

                """
        }
        return svg + "</svg>\n"
    }

    /// `value` with at most two decimals, no trailing zeros.
    static func number(_ value: Double) -> String {
        let rounded = (value * 100).rounded() / 100
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%g", rounded)
    }

    /// `text` safe inside an XML attribute or element.
    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
