#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension BatchDiagnoser {
    /// A mutex with a condition variable (pthread), for the batch pipeline's hand-offs. Everything the
    /// pipeline shares between threads is read and written only while holding one of these.
    final class Lock: @unchecked Sendable {
        private let mutex: UnsafeMutablePointer<pthread_mutex_t>
        private let condition: UnsafeMutablePointer<pthread_cond_t>

        /// A new, unlocked mutex and its condition.
        init() {
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

        /// Runs `body` holding the mutex.
        @inline(__always)
        func withLock<T>(_ body: () throws -> T) rethrows -> T {
            pthread_mutex_lock(mutex)
            defer { pthread_mutex_unlock(mutex) }
            return try body()
        }

        /// Waits for a signal; call only while holding the mutex (inside ``withLock(_:)``).
        func wait() {
            pthread_cond_wait(condition, mutex)
        }

        /// Wakes every waiting thread; call while holding the mutex.
        func broadcast() {
            pthread_cond_broadcast(condition)
        }
    }
}
