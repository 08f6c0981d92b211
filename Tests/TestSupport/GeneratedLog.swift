import LEDCore

/// Generated rig logs for the batch tests and the profiles.
package enum GeneratedLog {
    /// A generated interleaved log of `devices` devices (the benchmark generator's scenarios),
    /// deterministic for `seed`: plain format, ISO times, models named on every line.
    package static func interleaved(seed: UInt64, devices: Int, episodesPerDevice: Int) -> String {
        var rng = SplitMix64(seed: seed)
        var entries: [(time: Double, device: Int, color: LEDColor, isOn: Bool)] = []
        let models = ["outdoor-4", "mini", "xt2", "sync-module-2", "indoor", "doorbell"]
        for device in 0..<devices {
            var clock = rng.uniform(0, 60)
            for _ in 0..<episodesPerDevice {
                let scenario = TimelineScenario.allCases[Int(rng.next() % UInt64(TimelineScenario.allCases.count))]
                let generated = scenario.generate(seed: rng.next()).transitions
                let offset = clock - (generated.first?.time ?? 0)
                for transition in generated {
                    entries.append((transition.time + offset, device, transition.color, transition.isOn))
                }
                clock = (generated.last?.time ?? 0) + offset + rng.uniform(15, 90)
            }
        }
        entries.sort { ($0.time, $0.device) < ($1.time, $1.device) }
        var text = "# generated: \(devices) devices\n"
        for entry in entries {
            let millis = Int((entry.time * 1000).rounded())
            let seconds = millis / 1000
            let time =
                "2026-11-20T\(pad(8 + seconds / 3600)):\(pad(seconds / 60 % 60)):"
                + "\(pad(seconds % 60)).\(pad3(millis % 1000))Z"
            text += "\(time) dev-\(entry.device) \(models[entry.device % models.count]) "
            text += "\(entry.color.rawValue) \(entry.isOn ? "on" : "off")\n"
        }
        return text
    }

    /// A generated fleet whose answer is known: `devices` battery cameras with `episodesPerDevice` episodes
    /// each (plain format, interleaved in time), every device's latest episode low battery when
    /// `lowBatteryLast` says so for its index, and otherwise another scenario — earlier episodes are any
    /// scenario, low battery included, so "had low battery once" and "latest is low battery" differ.
    /// Returns the log and the names of the devices whose latest episode is low battery.
    package static func fleet(
        seed: UInt64, devices: Int, episodesPerDevice: Int, lowBatteryLast: (Int) -> Bool
    ) -> (text: String, lowBatteryLast: Set<String>) {
        var rng = SplitMix64(seed: seed)
        var entries: [(time: Double, device: Int, color: LEDColor, isOn: Bool)] = []
        let others: [TimelineScenario] = [.motion, .recording, .networkOffline, .pairingMode, .resetInProgress]
        let models = ["outdoor-4", "xt2"]
        var expected: Set<String> = []
        for device in 0..<devices {
            var clock = rng.uniform(0, 60)
            for episode in 0..<episodesPerDevice {
                let scenario: TimelineScenario
                if episode == episodesPerDevice - 1 {
                    scenario = lowBatteryLast(device) ? .lowBattery : others[Int(rng.next() % UInt64(others.count))]
                } else {
                    scenario = ([.lowBattery] + others)[Int(rng.next() % UInt64(others.count + 1))]
                }
                let generated = scenario.generate(seed: rng.next()).transitions
                let offset = clock - (generated.first?.time ?? 0)
                for transition in generated {
                    entries.append((transition.time + offset, device, transition.color, transition.isOn))
                }
                clock = (generated.last?.time ?? 0) + offset + rng.uniform(15, 90)
            }
            if lowBatteryLast(device) { expected.insert("cam-\(device)") }
        }
        entries.sort { ($0.time, $0.device) < ($1.time, $1.device) }
        var text = "# generated fleet: \(devices) battery cameras\n"
        for entry in entries {
            let millis = Int((entry.time * 1000).rounded())
            let seconds = millis / 1000
            let time =
                "2026-11-20T\(pad(8 + seconds / 3600)):\(pad(seconds / 60 % 60)):"
                + "\(pad(seconds % 60)).\(pad3(millis % 1000))Z"
            text += "\(time) cam-\(entry.device) \(models[entry.device % models.count]) "
            text += "\(entry.color.rawValue) \(entry.isOn ? "on" : "off")\n"
        }
        return (text, expected)
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
    private static func pad3(_ value: Int) -> String {
        value < 10 ? "00\(value)" : value < 100 ? "0\(value)" : "\(value)"
    }
}
