#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The package's one lock: a value that threads share, reached only through ``withLock(_:)``, with a
/// condition variable for hand-offs (``wait()``, ``broadcast()``).
///
/// pthread-based rather than `Synchronization.Mutex`, which ThreadSanitizer reports falsely on Linux
/// (docs/reliability.md). The mutex and its condition live in memory this object owns and frees, so
/// their addresses never move while a thread waits on them.
///
package final class Mutex<State> {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private let condition: UnsafeMutablePointer<pthread_cond_t>
    private var state: State

    /// A new, unlocked mutex guarding `state`.
    package init(_ state: State) {
        self.state = state
        mutex = .allocate(capacity: 1)
        condition = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        pthread_cond_init(condition, nil)
    }

    deinit {
        pthread_cond_destroy(condition)
        pthread_mutex_destroy(mutex)
        condition.deallocate()
        mutex.deallocate()
    }

    /// Runs `body` on the state while holding the mutex.
    @inline(__always)
    package func withLock<Result>(_ body: (inout State) throws -> Result) rethrows -> Result {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }

    /// Releases the mutex until ``broadcast()`` wakes this thread, then holds it again. Call only from
    /// inside ``withLock(_:)``, in a loop that checks what it waits for.
    package func wait() {
        pthread_cond_wait(condition, mutex)
    }

    /// Wakes every thread in ``wait()``; call while holding the mutex.
    package func broadcast() {
        pthread_cond_broadcast(condition)
    }
}

/// `@unchecked Sendable` holds because `state` is read and written only inside ``Mutex/withLock(_:)``,
/// while the mutex is held, the pthread objects are never copied, and a state that crosses threads is
/// itself `Sendable`.
extension Mutex: @unchecked Sendable where State: Sendable {}

extension Mutex where State == Void {
    /// A mutex that guards no value of its own: the caller's state, kept consistent by holding it.
    package convenience init() {
        self.init(())
    }

    /// Runs `body` while holding the mutex.
    @inline(__always)
    package func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
        try withLock { (_: inout Void) in try body() }
    }
}
