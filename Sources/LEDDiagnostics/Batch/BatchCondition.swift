#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A mutex with a condition variable (pthread), for the batch pipeline's hand-offs. Everything the
/// pipeline shares between threads is read and written only while holding one of these.
final class BatchCondition: @unchecked Sendable {
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

/// Starts plain threads (pthread) and waits for them, without Foundation.
enum BatchThread {
    private final class Box {
        let body: () -> Void
        init(_ body: @escaping () -> Void) { self.body = body }
    }

    /// Runs each closure on its own thread and returns when all have finished.
    static func runAll(_ bodies: [@Sendable () -> Void]) {
        var threads: [pthread_t] = []
        var inline: [@Sendable () -> Void] = []
        for body in bodies {
            let box = Unmanaged.passRetained(Box(body)).toOpaque()
            #if canImport(Darwin)
            var thread: pthread_t?
            #else
            var thread = pthread_t()
            #endif
            let started = pthread_create(&thread, nil, { context in
                guard let context else { return nil }
                let box = Unmanaged<Box>.fromOpaque(context).takeRetainedValue()
                box.body()
                return nil
            }, box)
            if started == 0 {
                #if canImport(Darwin)
                if let thread { threads.append(thread) }
                #else
                threads.append(thread)
                #endif
            } else {
                Unmanaged<Box>.fromOpaque(box).release()
                inline.append(body)
            }
        }
        // A thread that could not start runs here, so no work is lost.
        for body in inline { body() }
        for thread in threads { pthread_join(thread, nil) }
    }
}
