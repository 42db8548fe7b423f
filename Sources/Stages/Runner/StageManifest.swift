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

    enum CodingKeys: String, CodingKey {
        case stage, counts, seconds, workers
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
