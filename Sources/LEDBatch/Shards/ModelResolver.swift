import LEDEngine
import LEDSupport

extension BatchDiagnoser {
    /// Turns logged model names into catalog device ids — a catalog id, or an alias through
    /// ``Diagnoser/deviceNames`` (`"Outdoor 4"` → `outdoor-4`) — and counts the distinct names no device
    /// has. Shared by every shard; each shard asks once per distinct name it meets.
    ///
    /// A lookup is two table probes: no suggestion is worked out (``Diagnoser/deviceID(for:)`` searches
    /// every device by edit distance for one), so a log of many unknown names costs no more than one of
    /// known names. Only the names the summary warns about get a suggestion, at the end.
    final class ModelResolver: Sendable {
        private let diagnoser: Diagnoser
        /// The distinct unknown names met so far (by any shard), so that the count does not depend on
        /// which shards met a name.
        private let unknown = Mutex<Set<String>>([])

        /// A resolver asking `diagnoser`.
        init(diagnoser: Diagnoser) {
            self.diagnoser = diagnoser
        }

        /// The catalog id for `name`, or `nil` when the catalog does not know it (then counted).
        func id(for name: String) -> String? {
            if diagnoser.catalog.device(name) != nil { return name }
            if let id = diagnoser.deviceNames.device(named: name) { return id }
            unknown.withLock { _ = $0.insert(name) }
            return nil
        }

        /// How many distinct unknown names were met.
        var unknownCount: Int { unknown.withLock { $0.count } }
    }
}
