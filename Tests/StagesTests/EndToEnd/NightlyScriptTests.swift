import Foundation
import XCTest

/// scripts/nightly.sh, the README's crontab line, run as cron would: no terminal, twice.
final class NightlyScriptTests: XCTestCase {
    func testTheCronScriptRunsQuietlyLogsToAFileAndKeepsRuns() throws {
        let sample = try SampleRun()
        let scripts = sample.dir.url.appendingPathComponent("scripts")
        try FileManager.default.createDirectory(at: scripts, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Repository.root.appendingPathComponent("scripts/nightly.sh"),
                                         to: scripts.appendingPathComponent("nightly.sh"))
        let binary = ChildProcess.pipelineBinary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "pipeline not built")

        for night in ["2026-11-23", "2026-11-24", "2026-11-25"] {
            let outcome = try ChildProcess.run(
                URL(fileURLWithPath: "/bin/bash"), [scripts.appendingPathComponent("nightly.sh").path, "--run-id", night],
                environment: ["PIPELINE": binary.path, "KEEP_RUNS": "2"])
            XCTAssertEqual(outcome.status, 0, outcome.output)
            XCTAssertEqual(outcome.output.split(separator: "\n").count, 1, "one summary line: \(outcome.output)")
            XCTAssertTrue(outcome.output.hasPrefix("pipeline run \(night): ok"), outcome.output)
        }
        let runs = try FileManager.default.contentsOfDirectory(
            atPath: sample.dir.url.appendingPathComponent("corpus/out/runs").path)
        XCTAssertEqual(runs.sorted(), ["2026-11-24", "2026-11-25"])
        let log = try String(contentsOf: sample.dir.url.appendingPathComponent("corpus/out/pipeline.log"), encoding: .utf8)
        XCTAssertTrue(log.contains("removed old runs: 2026-11-23"), log)
    }
}
