/// Remembers the results of a pure function, shared by every thread that uses one ``Diagnoser``.
///
/// A value is only ever what computing it again would give, so a hit, a miss or an eviction never
/// changes a result — only its cost. The memo holds at most `capacity` entries and starts afresh when
/// full (batches see a few hundred distinct keys; a bound keeps hostile inputs from growing it).
///
/// The accessors are `@inlinable`, as `Mutex`'s are, so that they specialise for each key and value in the
/// targets that use them: unspecialised, a dictionary store cost about 6,000 instructions.
package final class SharedMemo<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    @usableFromInline let entries = Mutex<[Key: Value]>([:])
    @usableFromInline let capacity: Int

    /// An empty memo for up to `capacity` entries.
    package init(capacity: Int = 4096) {
        self.capacity = capacity
    }

    /// The remembered value for `key`, if any.
    @inlinable
    package func value(for key: Key) -> Value? {
        entries.withLock { $0[key] }
    }

    /// Remembers `value` for `key`. Two threads may store the same key; both store the same value.
    @inlinable
    package func store(_ value: Value, for key: Key) {
        let capacity = self.capacity
        entries.withLock { entries in
            if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
            entries[key] = value
        }
    }
}
