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
package final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>
    private var entries: [Key: Value] = [:]
    private let capacity: Int

    /// An empty memo for up to `capacity` entries.
    package init(capacity: Int = 4096) {
        self.capacity = capacity
        mutex = .allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// The remembered value for `key`, if any.
    package func value(for key: Key) -> Value? {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return entries[key]
    }

    /// Remembers `value` for `key`. Two threads may store the same key; both store the same value.
    package func store(_ value: Value, for key: Key) {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = value
    }
}
