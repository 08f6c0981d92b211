extension BatchDiagnoser.Pipeline {
    /// The run's devices rolled up, most urgent first (``BatchDevice/urgencyOrder(_:_:)``); each device is
    /// in one shard, so the shards' roll-ups side by side are the run's. Called once the workers are done.
    func rolledUpDevices() -> [BatchDevice] {
        var devices: [BatchDevice] = []
        for box in shards { box.withLock { devices.append(contentsOf: $0.rollup.devices.values) } }
        return devices.sorted(by: BatchDevice.urgencyOrder)
    }

    /// Writes the roll-up after every episode record: a JSON line or CSV row per device, or the text tables
    /// (after a blank line when episode records came before them).
    func writeDevices(_ devices: [BatchDevice], to output: any BatchRecordSink) throws(BatchError) {
        let renderer = context.renderer
        guard renderer.format == .text else {
            for device in devices {
                try output.write(
                    BatchOutputRecord(
                        kind: .device, fileIndex: device.latest.fileIndex, line: device.latest.firstLine,
                        bytes: Array(renderer.device(device).utf8)))
            }
            return
        }
        guard !devices.isEmpty else { return }
        let table = (context.keepsEpisodes ? "\n" : "") + renderer.deviceTable(devices)
        try output.write(BatchOutputRecord(kind: .device, fileIndex: -1, line: 0, bytes: Array(table.utf8)))
    }

    /// The summary's per-cause device counts: devices by their latest episode's cause, those whose latest
    /// episode no rule matched, and those that need attention.
    func addDeviceCounts(to summary: inout BatchSummary) {
        var causes: [String: Int] = [:]
        var unmatched = 0
        var needAttention = 0
        for box in shards {
            box.withLock { shard in
                for device in shard.rollup.devices.values {
                    if let cause = device.latest.cause { causes[cause, default: 0] += 1 } else { unmatched += 1 }
                    if device.attention.needsAttention { needAttention += 1 }
                }
            }
        }
        summary.deviceCauses = causes
        summary.devicesUnmatched = unmatched
        summary.devicesNeedingAttention = needAttention
    }
}
