/// A value whose JSON is an object with a fixed shape: the one place that shape is written.
public protocol JSONObjectWritable {
    /// Writes the object's members, in their documented order, into `writer` (whose current
    /// container is the object).
    func writeMembers(to writer: inout JSONWriter)
}
