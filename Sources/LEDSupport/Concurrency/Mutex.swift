/// A value guarded by a mutex, with a condition to wait on (pthread): the package's one lock. Every
/// value that threads share is held in one of these (the batch's chunks are handed over through one).
///
/// `@unchecked Sendable`, and this is why it is sound: `state` is reached only inside
/// ``withLock(_:)`` and ``wait(for:)``, which hold the mutex for the whole access, and the mutex
/// and condition are allocated once, never moved, and destroyed only when no thread can reach the
/// lock any more (`deinit`). Values returned from the closures leave the lock: they are
/// `Sendable`, or the batch's chunks, whose hand-over `BatchDiagnoser.Chunk` documents.
///
/// (Not `Synchronization.Mutex`: it has no condition to wait on, and TSan on Linux reports it.)
package final class Mutex<State: ~Copyable>: @unchecked Sendable {
    // `@usableFromInline` so that the generic accessors below specialise in the targets that call them
    // (a cross-module call of an unspecialised generic closure per lock showed in batch profiles).
    @usableFromInline let mutex: UnsafeMutablePointer<pthread_mutex_t>
    @usableFromInline let condition: UnsafeMutablePointer<pthread_cond_t>
    @usableFromInline var state: State

    /// A lock around `state`.
    package init(_ state: consuming State) {
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

    /// Runs `body` on the state, holding the mutex.
    @inlinable @inline(__always)
    package func withLock<R>(_ body: (inout State) throws -> R) rethrows -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body(&state)
    }

    /// Runs `body` on the state, holding the mutex, until it returns a value: while it returns
    /// `nil`, waits for a ``broadcast()`` (each call of `body` is a fresh access to the state).
    @inlinable
    package func wait<R>(for body: (inout State) -> R?) -> R {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        while true {
            if let result = body(&state) { return result }
            pthread_cond_wait(condition, mutex)
        }
    }

    /// Runs `body` on the state holding the mutex, then wakes every thread waiting in ``wait(for:)``.
    @inlinable @inline(__always)
    package func update<R>(_ body: (inout State) throws -> R) rethrows -> R {
        defer { pthread_cond_broadcast(condition) }
        return try withLock(body)
    }
}
