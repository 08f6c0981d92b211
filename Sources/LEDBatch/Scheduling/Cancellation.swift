import LEDSupport

extension BatchDiagnoser {
    /// A flag that asks a running batch to stop reading (Ctrl-C): what was read is still diagnosed,
    /// open episodes are finished, and the summary says `interrupted`. Safe to set from any thread.
    final class Cancellation: Sendable {
        private let cancelled = Mutex(false)
        private let parent: Cancellation?

        /// A flag of its own, also cancelled whenever `parent` is (a helper thread's stop, under the batch's).
        init(parent: Cancellation? = nil) {
            self.parent = parent
        }

        /// Asks the batch to stop.
        func cancel() {
            cancelled.withLock { $0 = true }
        }

        /// Whether ``cancel()`` was called.
        var isCancelled: Bool {
            cancelled.withLock { $0 } || parent?.isCancelled == true
        }
    }
}
