#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Remembers the results of a pure function, shared by every thread that uses one ``Diagnoser``.
///
/// A value is only ever what computing it again would give, so a hit, a miss or an eviction never
/// changes a result — only its cost. The memo holds at most `capacity` entries and starts afresh when
/// full (batches see a few hundred distinct keys; a bound keeps hostile inputs from growing it).
final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var entries: [Key: Value] = [:]
    private let capacity: Int

    /// An empty memo for up to `capacity` entries.
    init(capacity: Int = 4096) {
        self.capacity = capacity
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The remembered value for `key`, or `compute()`'s, which is then remembered. `compute` runs
    /// without the lock: two threads may both compute a new key, and both get the same value.
    func value(for key: Key, _ compute: () -> Value) -> Value {
        pthread_mutex_lock(mutex)
        let known = entries[key]
        pthread_mutex_unlock(mutex)
        if let known { return known }
        let value = compute()
        pthread_mutex_lock(mutex)
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
        pthread_mutex_unlock(mutex)
        return value
    }
}
