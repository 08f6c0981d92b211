/// How a batch follows its input as it grows, like `tail -F` (``BatchOptions/follow``; `--follow`).
///
/// A followed input is one file or descriptor. At its end the batch waits for more instead of stopping,
/// looking every ``pollInterval`` seconds (polling: portable, and cheap at that rate). A regular file that
/// shrinks was truncated, and one whose path now names another file was replaced (rotation: rename, then
/// a new file at the path): the old file's rest is read, its episodes are finished like at the end of
/// any input, and the file at the path is read from its start, its lines numbered from 1 again — each
/// change reported through ``notice``. A pipe or terminal is read until its writer closes it.
///
/// An episode is diagnosed as soon as it is over: by its darkness gap in log time, as always, or when
/// no line of its device has arrived for the gap (``BatchOptions/gap``) in wall time while the input has
/// nothing new. Records are written in the order their episodes close, not by first line (give a
/// ``BatchFileSink`` with ``BatchFileSink/flushesEachRecord`` to have each written out at once). Only
/// ``BatchDiagnoser/cancel()`` ends following a file.
public struct BatchFollow: Sendable {
    /// Seconds between two looks at an input with nothing new (and between two looks at the cancellation):
    /// more than 0, at most 1.
    public var pollInterval: Double
    /// Told, on the reader thread, when the input was truncated, replaced, or has gone: one sentence.
    public var notice: (@Sendable (String) -> Void)?

    /// Following with `pollInterval` seconds between looks (0.1 by default).
    public init(pollInterval: Double = 0.1, notice: (@Sendable (String) -> Void)? = nil) {
        self.pollInterval = pollInterval
        self.notice = notice
    }
}
