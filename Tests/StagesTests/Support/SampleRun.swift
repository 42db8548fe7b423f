import Foundation
import Logging
import Stages

/// The bundled sample and pipeline.json copied into a temporary folder, so a test can run the
/// whole pipeline without touching the repository's corpus/out.
final class SampleRun {
    let dir: TemporaryDirectory
    let configPath: String

    init() throws {
        dir = try TemporaryDirectory()
        let fm = FileManager.default
        try fm.createDirectory(at: dir.url.appendingPathComponent("corpus"), withIntermediateDirectories: true)
        try fm.copyItem(at: Repository.root.appendingPathComponent("corpus/sample"),
                        to: dir.url.appendingPathComponent("corpus/sample"))
        configPath = dir.path("pipeline.json")
        try fm.copyItem(atPath: Repository.root.appendingPathComponent("pipeline.json").path, toPath: configPath)
    }

    /// Rewrites one stage's section of the copied pipeline.json.
    func setSection(_ stage: String, _ section: [String: Any]) throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: configPath))
        var root = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        root[stage] = section
        try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]).write(to: URL(fileURLWithPath: configPath))
    }

    func runner() throws -> PipelineRunner {
        PipelineRunner(config: try PipelineConfig.load(path: configPath),
                       logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    @discardableResult
    func run(_ selection: PipelineRunner.Selection = .all(force: false), workers: Int = 2) throws -> [StageReport] {
        try runner().run(selection: selection, runID: "golden", workers: workers)
    }

    var runDirectory: URL { dir.url.appendingPathComponent("corpus/out/runs/golden") }

    func bytes(_ file: String) throws -> Data {
        try Data(contentsOf: runDirectory.appendingPathComponent(file))
    }

    /// The records of an output file as JSON objects.
    func records(_ file: String) throws -> [[String: Any]] {
        try String(decoding: bytes(file), as: UTF8.self).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }
}
