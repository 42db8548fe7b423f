import Foundation

/// The lines of one shard out of a whole input, keeping their original line numbers, so that
/// a shard's rejects name the same lines as an unsharded run's and merge can restore the order.
final class ShardFilter: LineSource {
    private let source: LineSource
    private let input: ShardedInput

    init(_ source: LineSource, input: ShardedInput) {
        self.source = source
        self.input = input
    }

    func nextBatch(maxLines: Int, maxBytes: Int) -> [JSONLReader.Line] {
        while true {
            let batch = source.nextBatch(maxLines: maxLines, maxBytes: maxBytes)
            if batch.isEmpty { return [] }
            input.inputLines += batch.count
            let count = input.shard.count
            // Reading the key parses the line: done on the workers, like the stage's own decoding.
            let shards = Parallel.map(batch, workers: input.workers) { slice in
                let decoder = RecordCoding.makeDecoder()
                return slice.map { ShardKey.shard(of: $0, count: count, decoder: decoder) }
            }
            let mine = zip(batch, shards).filter { $0.1 == input.shard.index }.map(\.0)
            if !mine.isEmpty { return mine }
        }
    }
}

/// A whole input seen through one shard, with the tally of every line read (all shards agree
/// on it, and merge checks that their lines add up to it).
public final class ShardedInput {
    let base: StageInput
    let shard: ShardSpec
    let workers: Int
    var inputLines = 0

    init(base: StageInput, shard: ShardSpec, workers: Int) {
        self.base = base
        self.shard = shard
        self.workers = workers
    }
}
