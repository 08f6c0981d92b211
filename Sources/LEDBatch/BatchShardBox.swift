/// The reference a pipeline keeps for each shard; the scheduler lets one worker at a time use it and
/// hands it over under its lock, hence `@unchecked Sendable`.
final class BatchShardBox: @unchecked Sendable {
    /// The shard.
    var shard: BatchShard

    init(_ shard: BatchShard) {
        self.shard = shard
    }

    deinit {
        shard.release()
    }
}
