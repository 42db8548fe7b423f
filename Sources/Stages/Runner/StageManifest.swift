import Foundation

/// `<stage>.manifest.json`: what a stage run read, with which settings and code, and what it
/// wrote. Written last, after the output and rejects are in place; staleness is judged from it.
public struct StageManifest: Codable, Sendable, Equatable {
    public var stage: String
    public var runID: String
    public var codeVersion: String
    public var configSHA256: String
    public var inputSHA256: String
    public var outputSHA256: String
    public var counts: StageCounts
    public var seconds: Double
    public var workers: Int
    public var finishedAt: String
    /// For a shard's manifest only: which shard, and the whole input's line count.
    public var shard: ShardInfo?

    enum CodingKeys: String, CodingKey {
        case stage, counts, seconds, workers, shard
        case runID = "run_id"
        case codeVersion = "code_version"
        case configSHA256 = "config_sha256"
        case inputSHA256 = "input_sha256"
        case outputSHA256 = "output_sha256"
        case finishedAt = "finished_at"
    }

    static func read(from path: String) -> StageManifest? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return try? JSONDecoder().decode(StageManifest.self, from: data)
    }

    func write(to path: String) throws {
        let encoder = RecordCoding.makeEncoder()
        encoder.outputFormatting.insert(.prettyPrinted)
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        try AtomicFile.write(data, to: path)
    }
}

/// What a shard's manifest adds: the shard, and how many lines the whole input had (every
/// shard reads them all), so merge can check that the shards' lines add up to the input.
public struct ShardInfo: Codable, Sendable, Equatable {
    public var index: Int
    public var count: Int
    public var inputLines: Int

    enum CodingKeys: String, CodingKey {
        case index, count
        case inputLines = "input_lines"
    }
}
