extension BatchDiagnoser {
    /// A flag that asks a running batch to stop reading (Ctrl-C): what was read is still diagnosed,
    /// open episodes are finished, and the summary says `interrupted`. Safe to set from any thread.
    final class Cancellation: @unchecked Sendable {
        private let lock = Lock()
        private var cancelled = false

        /// Asks the batch to stop.
        func cancel() {
            lock.withLock { cancelled = true }
        }

        /// Whether ``cancel()`` was called.
        var isCancelled: Bool {
            lock.withLock { cancelled }
        }
    }
}
