import LEDEngine

extension BatchDiagnoser {
    /// A shard's roll-up of its devices' episodes (`--by-device`), by shard-local device id. Each device
    /// lives in one shard, so the run's roll-up is the shards' side by side.
    struct DeviceRollup {
        private(set) var devices: [Int: BatchDevice] = [:]

        /// Adds an episode of device `id`, named `name`, diagnosed as `diagnosis`; `latest` says where and when.
        /// Returns the device as it stands now.
        @discardableResult
        mutating func add(
            _ diagnosis: Diagnosis, id: Int, name: String, model: String?, latest: BatchDevice.Latest
        ) -> BatchDevice {
            let top = diagnosis.topCause
            var entry =
                devices[id]
                ?? BatchDevice(
                    device: name, model: model, first: latest.start, firstTime: latest.startTime, latest: latest)
            entry.episodes += 1
            if let top { entry.causes[top.id, default: 0] += 1 } else { entry.unmatched += 1 }
            // Episodes of one device close in its line order, input after input: each is its latest so far.
            var newest = latest
            newest.cause = top?.id
            newest.confidence = top?.confidence
            newest.severity = top?.severity
            newest.fix = diagnosis.fixes.first?.id
            entry.latest = newest
            entry.model = model
            entry.last = newest.end
            entry.lastTime = newest.endTime
            devices[id] = entry
            return entry
        }
    }
}
