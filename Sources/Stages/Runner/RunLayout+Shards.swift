import Foundation

/// The files of one shard of a stage: `<output>.shard-I-of-N.jsonl`,
/// `<stage>.shard-I-of-N.manifest.json`, `<stage>.shard-I-of-N.rejects.jsonl` and the index
/// merge restores the order with, `<stage>.shard-I-of-N.index.tsv`. A corpus stage's shard
/// (dedupe's signature step) writes surveys instead of output:
/// `<stage>.shard-I-of-N.surveys.jsonl`.
public struct ShardPaths: Sendable {
    /// The shard's output records, or a corpus stage's surveys.
    public let output: String
    public let manifest: String
    public let rejects: String
    public let index: String
}

extension RunLayout {
    public func shardPaths(_ stage: StageDriver, _ shard: ShardSpec) -> ShardPaths {
        let dir = runDirectory
        let output = stage.joinsShards ? "\(stage.name).\(shard.fileTag).surveys.jsonl" : "\(stage.outputName).\(shard.fileTag).jsonl"
        return ShardPaths(
            output: dir.appendingPathComponent(output).path,
            manifest: dir.appendingPathComponent("\(stage.name).\(shard.fileTag).manifest.json").path,
            rejects: dir.appendingPathComponent("\(stage.name).\(shard.fileTag).rejects.jsonl").path,
            index: dir.appendingPathComponent("\(stage.name).\(shard.fileTag).index.tsv").path)
    }

    /// Every shard file of a stage in this run, by name, with the shard it belongs to.
    public func shardFiles(_ stage: StageDriver) -> [(name: String, shard: ShardSpec)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: runDirectory.path)) ?? []
        return names.sorted().compactMap { name in
            for prefix in Set([stage.name, stage.outputName]) {
                if let shard = Self.shard(inFileName: name, prefix: prefix + ".") { return (name, shard) }
            }
            return nil
        }
    }

    /// Reads `PREFIXshard-I-of-N.REST`; nil for any other name.
    static func shard(inFileName name: String, prefix: String) -> ShardSpec? {
        guard name.hasPrefix(prefix + "shard-") else { return nil }
        let rest = name.dropFirst(prefix.count + "shard-".count)
        let fields = rest.split(separator: ".", maxSplits: 1)
        guard fields.count == 2 else { return nil }
        let numbers = fields[0].components(separatedBy: "-of-")
        guard numbers.count == 2, let index = Int(numbers[0]), let count = Int(numbers[1]) else { return nil }
        return try? ShardSpec(index: index, count: count)
    }
}
