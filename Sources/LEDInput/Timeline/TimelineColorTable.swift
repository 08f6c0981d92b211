/// A fixed table with one entry per LED colour, stored inline (no heap buffer to chase), indexed by
/// `LEDColor.timelineIndex`. With thousands of builders fed in turn, keeping a device's per-colour
/// state inside the builder saves a cache miss per transition.
///
/// Entries are read and written in place through a pointer to the tuple (a load or store at an
/// offset): a `switch` per access, or an `InlineArray` read, costs a jump table or a copy of the
/// whole table.
@usableFromInline
struct TimelineColorTable<Element: BitwiseCopyable & Sendable>: Sendable {
    @usableFromInline var storage: (Element, Element, Element, Element, Element, Element, Element)

    /// A table with every entry `value`.
    init(repeating value: Element) {
        storage = (value, value, value, value, value, value, value)
    }

    /// The entry of colour index `index` (0 ..< 7; other indices read and write the last entry).
    @inlinable
    subscript(index: Int) -> Element {
        @inline(__always) mutating get {
            let offset = (UInt(bitPattern: index) < 7 ? index : 6) &* MemoryLayout<Element>.stride
            return withUnsafeMutablePointer(to: &storage) {
                UnsafeMutableRawPointer($0).load(fromByteOffset: offset, as: Element.self)
            }
        }
        @inline(__always) set {
            let offset = (UInt(bitPattern: index) < 7 ? index : 6) &* MemoryLayout<Element>.stride
            withUnsafeMutablePointer(to: &storage) {
                UnsafeMutableRawPointer($0).storeBytes(of: newValue, toByteOffset: offset, as: Element.self)
            }
        }
    }
}
