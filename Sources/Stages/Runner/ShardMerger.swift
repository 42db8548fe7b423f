import Foundation

/// Joins the outputs and rejects of a stage's N shards into the order of the unsharded run.
///
/// Each shard's index lists the input lines it processed, by their number in the whole input,
/// in input order. Merge repeatedly takes the shard whose next index entry has the smallest
/// line number and copies that entry's outputs and rejects from that shard: the result is the
/// unsharded run's files byte for byte, since each shard's lines were processed exactly as
/// they would have been in one run. The line numbers also prove the partition: strictly
/// increasing across all shards (no line twice) and as many as the input had (none missing).
struct ShardMerger {
    let shards: [ShardPaths]

    /// Writes the joined files to `output` and `rejects`; returns how many input lines were joined.
    func merge(into output: RecordSink, rejects: RecordSink) throws -> Int {
        let indexes = try shards.map { try ShardIndexReader(path: $0.index) }
        let outputs = try shards.map { try JSONLReader(path: $0.output) }
        let rejectFiles = try shards.map { try JSONLReader(path: $0.rejects) }
        var heads = try indexes.map { try $0.next() }
        var joined = 0
        var lastLine = 0
        while true {
            // The smallest next line among the shards: a linear scan, fine for arrays of hundreds.
            var pick: Int?
            for (shard, head) in heads.enumerated() {
                guard let head else { continue }
                if let current = pick, let best = heads[current], best.line <= head.line {
                    if best.line == head.line { throw duplicate(head.line, current, shard) }
                    continue
                }
                pick = shard
            }
            guard let shard = pick, let entry = heads[shard] else { break }
            if entry.line <= lastLine { throw ShardError("\(shards[shard].index) is not in input order at line \(entry.line)") }
            lastLine = entry.line
            try copy(entry.outputs, from: outputs[shard], path: shards[shard].output, to: output)
            try copy(entry.rejects, from: rejectFiles[shard], path: shards[shard].rejects, to: rejects)
            joined += 1
            heads[shard] = try indexes[shard].next()
        }
        for (shard, paths) in shards.enumerated() {
            if outputs[shard].next() != nil { throw ShardError("\(paths.output) has more lines than its index \(paths.index) accounts for") }
            if rejectFiles[shard].next() != nil { throw ShardError("\(paths.rejects) has more lines than its index \(paths.index) accounts for") }
        }
        return joined
    }

    private func copy(_ count: Int, from reader: JSONLReader, path: String, to sink: RecordSink) throws {
        for _ in 0..<count {
            guard let line = reader.next() else { throw ShardError("\(path) has fewer lines than its index says") }
            try sink.writeLine(line.bytes)
        }
    }

    private func duplicate(_ line: Int, _ a: Int, _ b: Int) -> ShardError {
        ShardError("input line \(line) is in two shards: \(shards[a].index) and \(shards[b].index)")
    }
}
