import Foundation

/// The controlling terminal: raw mode for the line editor (restored on exit and on fatal signals)
/// and its width.
enum Terminal {
    /// The settings before raw mode, while raw mode is on; read by the signal handlers.
    nonisolated(unsafe) private static var saved: termios?

    /// Whether standard input and standard output are both terminals.
    static var isInteractive: Bool { isatty(STDIN_FILENO) != 0 && isatty(STDOUT_FILENO) != 0 }

    /// The width of the terminal in columns (80 when unknown).
    static var columns: Int {
        var size = winsize()
        guard ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return 80 }
        return Int(size.ws_col)
    }

    /// Switches standard input to raw mode: no echo, no line buffering, Ctrl-C and Ctrl-Z as bytes.
    /// Output processing stays on, so `\n` still starts a new line. Returns false when it cannot.
    static func enableRawMode() -> Bool {
        var original = termios()
        guard tcgetattr(STDIN_FILENO, &original) == 0 else { return false }
        var raw = original
        raw.c_iflag &= ~tcflag_t(BRKINT | ICRNL | INPCK | ISTRIP | IXON)
        raw.c_cflag |= tcflag_t(CS8)
        raw.c_lflag &= ~tcflag_t(ECHO | ICANON | IEXTEN | ISIG)
        withUnsafeMutableBytes(of: &raw.c_cc) { cc in
            cc[Int(VMIN)] = 1
            cc[Int(VTIME)] = 0
        }
        saved = original
        installSignalHandlers()
        guard tcsetattr(STDIN_FILENO, TCSANOW, &raw) == 0 else {
            saved = nil
            return false
        }
        return true
    }

    /// Restores the settings raw mode replaced.
    static func disableRawMode() {
        guard var original = saved else { return }
        tcsetattr(STDIN_FILENO, TCSANOW, &original)
        saved = nil
    }

    /// Writes bytes to standard output at once (flushing what `print` buffered first).
    static func write(_ text: String) {
        fflush(nil)
        var bytes = Array(text.utf8)
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeMutableBytes { buffer in
                Foundation.write(STDOUT_FILENO, buffer.baseAddress.map { $0 + offset }, buffer.count - offset)
            }
            if written <= 0 { return }
            offset += written
        }
    }

    nonisolated(unsafe) private static var handlersInstalled = false

    /// On SIGTERM, SIGHUP and SIGQUIT the terminal is restored before the process ends.
    private static func installSignalHandlers() {
        guard !handlersInstalled else { return }
        handlersInstalled = true
        for signalNumber in [SIGTERM, SIGHUP, SIGQUIT] {
            signal(signalNumber) { number in
                if var original = Terminal.saved { tcsetattr(STDIN_FILENO, TCSANOW, &original) }
                signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}
