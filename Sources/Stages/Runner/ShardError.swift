/// A shard run or a merge that is refused: shards planned with different counts, a missing or
/// disagreeing shard, a stage that cannot be sharded. The message says what to do.
public struct ShardError: Error, CustomStringConvertible {
    public var message: String

    public init(_ message: String) { self.message = message }

    public var description: String { message }
}
