import Foundation

/// Runs a closure on a thread of its own and hands its result back: for tests whose outcome must not
/// depend on what ran before on the test's thread (PCRE2 match data and JIT stacks are per thread).
enum OnFreshThread {
    /// `body`'s result, computed on a new thread; the caller waits for it.
    static func run<T: Sendable>(_ body: @escaping @Sendable () -> T) -> T {
        let box = Box<T>()
        let thread = Thread {
            box.value = body()
            box.done.signal()
        }
        thread.start()
        box.done.wait()
        guard let value = box.value else { preconditionFailure("the thread ended without a result") }
        return value
    }

    /// The result, written by the new thread before it signals `done`, read after `done` is waited on.
    private final class Box<T>: @unchecked Sendable {
        var value: T?
        let done = DispatchSemaphore(value: 0)
    }
}
