import Foundation
import LEDDiagnostics
import LEDSupport

/// A one-line progress bar on standard error — bytes done of the total, rate, time left — redrawn
/// in place at most ten times a second. Only used when standard error is a terminal.
final class ProgressBar: Sendable {
    /// Whether the bar is on the screen.
    private let drawn = Mutex(false)

    /// Whether standard error is a terminal.
    static var isAvailable: Bool { isatty(STDERR_FILENO) != 0 }

    /// Draws `progress`.
    func update(_ progress: BatchProgress) {
        var line = ""
        let rate = progress.rate
        if let total = progress.bytesTotal, total > 0 {
            let fraction = min(1, Double(progress.bytesDone) / Double(total))
            let width = 24
            let filled = Int((fraction * Double(width)).rounded(.down))
            line += "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            line += String(
                format: "%3d%%  %@ of %@", Int(fraction * 100), Self.bytes(progress.bytesDone), Self.bytes(total))
        } else {
            line += Self.bytes(progress.bytesDone)
        }
        line += "  \(Self.bytes(Int(rate)))/s"
        if let left = progress.secondsLeft {
            line += "  \(Self.duration(left)) left"
        }
        drawn.withLock { drawn in
            drawn = true
            Console.writeToStandardError("\r\u{1B}[K" + line)
        }
    }

    /// Erases the bar.
    func clear() {
        drawn.withLock { drawn in
            guard drawn else { return }
            drawn = false
            Console.writeToStandardError("\r\u{1B}[K")
        }
    }

    private static func bytes(_ count: Int) -> String {
        let value = Double(count)
        if value >= 1e9 { return String(format: "%.2f GB", value / 1e9) }
        if value >= 1e6 { return String(format: "%.1f MB", value / 1e6) }
        if value >= 1e3 { return String(format: "%.0f kB", value / 1e3) }
        return "\(count) B"
    }

    private static func duration(_ seconds: Double) -> String {
        let total = Int(seconds.rounded())
        return String(format: "%d:%02d", total / 60, total % 60)
    }
}
