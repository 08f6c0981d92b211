import LEDEngine
import LEDSupport

extension BatchDiagnoser {
    /// Turns logged model names into catalog device ids with ``Diagnoser/deviceID(for:)``, once per
    /// distinct name for the whole run (shared by every shard, behind a lock).
    final class ModelResolver: Sendable {
        private let diagnoser: Diagnoser
        private let cache = Mutex<[String: String?]>([:])

        /// A resolver asking `diagnoser`.
        init(diagnoser: Diagnoser) {
            self.diagnoser = diagnoser
        }

        /// The catalog id for `name`, or `nil` when the catalog does not know it.
        func id(for name: String) -> String? {
            cache.withLock { cache in
                if let known = cache[name] { return known }
                let id = try? diagnoser.deviceID(for: name)
                cache[name] = id
                return id
            }
        }
    }
}
