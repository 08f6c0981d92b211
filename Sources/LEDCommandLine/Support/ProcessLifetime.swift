import LEDSupport

/// What the command line keeps until the process exits, instead of releasing it when a command
/// returns. A diagnoser holds the catalog, its compiled patterns and the reader's lexicon — tens of
/// thousands of objects; releasing them one by one just before `exit` cost a fifth of a one-shot
/// `diagnose` (about 20 M instructions) for memory the system takes back at exit anyway, the trade
/// compilers make with their own data at exit (clang's `-disable-free`). Only values the process needs
/// until it ends belong here: nothing is ever removed.
enum ProcessLifetime {
    private static let kept = Mutex<[any Sendable]>([])

    /// Keeps `value` alive until the process exits.
    static func keep(_ value: some Sendable) {
        kept.withLock { $0.append(value) }
    }
}
