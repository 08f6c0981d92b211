extension BatchDiagnoser {
    /// The keys of one JSON line or logfmt line that gave the fields the reader uses, so that a field given
    /// twice — the same key twice, or two names of it (`"time"` and `"ts"`) — rejects the line instead of
    /// one of the two values being guessed.
    struct UsedKeys {
        /// The fields the readers take.
        enum Field {
            case time, device, model, color, state
        }

        private var time = ByteSpan.none
        private var device = ByteSpan.none
        private var model = ByteSpan.none
        private var color = ByteSpan.none
        private var state = ByteSpan.none

        /// Records `key` as giving `field`; returns the problem when a key gave it before.
        @inline(__always)
        mutating func record(
            _ field: Field, key: ByteSpan, in base: UnsafeMutablePointer<UInt8>, isJSON: Bool
        ) -> LineProblem? {
            let earlier: ByteSpan
            switch field {
            case .time: (earlier, time) = (time, key)
            case .device: (earlier, device) = (device, key)
            case .model: (earlier, model) = (model, key)
            case .color: (earlier, color) = (color, key)
            case .state: (earlier, state) = (state, key)
            }
            guard earlier.isPresent else { return nil }
            return .duplicateKey(key: key.string(in: base), earlier: earlier.string(in: base), isJSON: isJSON)
        }
    }
}
