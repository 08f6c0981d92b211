/// The shapes the encoders repeat, written once: an object from a closure, arrays of values or of
/// objects, and an object keyed by sorted names.
///
/// `@inlinable`, so that each encoder's closures are specialised where they are written (the batch
/// writes one diagnosis per episode through them).
extension JSONWriter {
    /// Writes an object (as a value, or as the value of `key`) whose members `members` writes.
    @inlinable
    public mutating func object(_ key: String? = nil, _ members: (inout JSONWriter) -> Void) {
        beginObject(key)
        members(&self)
        endObject()
    }

    /// Writes `value` as an object (as a value, or as the value of `key`).
    @inlinable
    public mutating func object(_ value: some JSONObjectWritable, key: String? = nil) {
        beginObject(key)
        value.writeMembers(to: &self)
        endObject()
    }

    /// Writes `value` as an object, or `null` when it is nil.
    @inlinable
    public mutating func objectOrNull(_ value: (some JSONObjectWritable)?, key: String? = nil) {
        if let value { object(value, key: key) } else { null(key: key) }
    }

    /// Writes an array with one element per value of `values`, each written by `element`.
    @inlinable
    public mutating func array<Values: Sequence>(
        _ key: String? = nil, _ values: Values, _ element: (inout JSONWriter, Values.Element) -> Void
    ) {
        beginArray(key)
        for value in values { element(&self, value) }
        endArray()
    }

    /// Writes an array with one object per value of `values`, whose members `members` writes.
    @inlinable
    public mutating func objects<Values: Sequence>(
        _ key: String? = nil, _ values: Values, _ members: (inout JSONWriter, Values.Element) -> Void
    ) {
        beginArray(key)
        for value in values {
            beginObject()
            members(&self, value)
            endObject()
        }
        endArray()
    }

    /// Writes an array with one object per value of `values`.
    @inlinable
    public mutating func objects<Values: Sequence>(_ key: String? = nil, _ values: Values)
    where Values.Element: JSONObjectWritable {
        beginArray(key)
        for value in values { object(value) }
        endArray()
    }

    /// Writes an array of strings.
    @inlinable
    public mutating func strings(_ key: String? = nil, _ values: some Sequence<String>) {
        beginArray(key)
        for value in values { string(value) }
        endArray()
    }

    /// Writes an array of integers.
    @inlinable
    public mutating func integers(_ key: String? = nil, _ values: some Sequence<Int>) {
        beginArray(key)
        for value in values { integer(value) }
        endArray()
    }

    /// Writes an array of integers, or `null` when `values` is nil.
    @inlinable
    public mutating func integersOrNull(_ key: String? = nil, _ values: [Int]?) {
        if let values { integers(key, values) } else { null(key: key) }
    }

    /// Writes an object with one member per entry of `entries`, in the order of their keys, each
    /// value written by `value` (whose writer call takes the member's key).
    @inlinable
    public mutating func members<Value>(
        _ key: String? = nil, sorted entries: [String: Value], _ value: (inout JSONWriter, String, Value) -> Void
    ) {
        beginObject(key)
        if entries.isEmpty {
            endObject()
            return
        }
        for name in entries.keys.sorted() {
            if let entry = entries[name] { value(&self, name, entry) }
        }
        endObject()
    }

    /// Writes a boolean value, or `null` when it is nil.
    @inlinable
    public mutating func bool(_ value: Bool?, key: String? = nil) {
        if let value { bool(value, key: key) } else { null(key: key) }
    }
}
