extension BatchDiagnoser {
    /// The reference a pipeline keeps for each shard; the scheduler lets one worker at a time use it and
    /// hands it over under its lock, hence `@unchecked Sendable`.
    final class ShardBox: @unchecked Sendable {
        /// The shard.
        var shard: Shard

        init(_ shard: Shard) {
            self.shard = shard
        }

        deinit {
            shard.release()
        }
    }
}
