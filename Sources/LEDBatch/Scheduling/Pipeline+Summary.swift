import LEDEngine
import LEDSupport

extension BatchDiagnoser.Pipeline {
    /// The summary of the finished run: the scheduler's counts and every shard's, added up.
    func summary() -> BatchSummary {
        var summary = BatchSummary()
        var parseRejected = 0
        var parseUsed = 0
        var formatWarnings: [String] = []
        state.withLock { state in
            summary.files = state.filesRead
            summary.lines = state.lines
            summary.skipped = state.skipped
            summary.interrupted = state.interrupted
            summary.bytes = state.bytesRead
            parseRejected = state.parseRejected
            parseUsed = state.parseUsed
            formatWarnings = state.formatWarnings
            summary.damaged = state.damaged
        }
        var shardRejected = 0
        var unknown: [String: BatchDiagnoser.RecordKey] = [:]
        var skippedRules: [Diagnosis.SkippedRule: Int] = [:]
        for box in shards {
            box.withLock { shard in
                shardRejected += shard.rejected
                summary.devices += shard.deviceCount
                summary.episodes += shard.episodes
                summary.unmatched += shard.unmatched
                summary.undiagnosed += shard.undiagnosed
                for (id, count) in shard.causes { summary.causes[id, default: 0] += count }
                for (name, key) in shard.unknownModels where unknown[name].map({ key < $0 }) ?? true {
                    unknown[name] = key
                }
                for (skipped, count) in shard.skippedRules { skippedRules[skipped, default: 0] += count }
            }
        }
        summary.rejected = parseRejected + shardRejected
        summary.used = parseUsed - shardRejected
        summary.seconds = MonotonicClock.now() - started
        if options.byDevice { addDeviceCounts(to: &summary) }
        summary.warnings = formatWarnings
        // Each shard kept its first unknown names; the run's first ones are among them (a name first met
        // before some shard's kept ones is kept by the shard that met it), whatever the number of jobs.
        let unknownCount = context.resolver.unknownCount
        summary.unknownModels = unknownCount
        let first = unknown.sorted(by: { ($0.value, $0.key) < ($1.value, $1.key) })
            .prefix(BatchDiagnoser.UnknownModel.warningLimit)
        for (name, key) in first {
            var unknownModel = BatchDiagnoser.UnknownModel(
                file: context.fileNames[key.file], line: key.line, name: name)
            do {
                _ = try context.diagnoser.deviceID(for: name)
            } catch {
                if case .unknownDevice(_, let suggestion) = error { unknownModel.suggestion = suggestion }
            }
            summary.warnings.append(unknownModel.message)
        }
        if unknownCount > first.count {
            summary.warnings.append(BatchDiagnoser.UnknownModel.more(unknownCount - first.count))
        }
        // By rule id, then reason: the same lines whatever the number of jobs.
        for (skipped, count) in skippedRules.sorted(by: { ($0.key.rule, $0.key.reason) < ($1.key.rule, $1.key.reason) })
        {
            summary.skippedRules[skipped.rule, default: 0] += count
            summary.warnings.append(
                "rule \"\(skipped.rule)\" skipped on \(count) episode\(count == 1 ? "" : "s"): \(skipped.reason)")
        }
        return summary
    }
}
