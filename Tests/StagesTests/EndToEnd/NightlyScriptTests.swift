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
        let binary = Bundle.module.bundleURL.deletingLastPathComponent().appendingPathComponent("pipeline")
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "pipeline not built")

        for night in ["2026-11-23", "2026-11-24", "2026-11-25"] {
            let outcome = try run(scripts.appendingPathComponent("nightly.sh"), ["--run-id", night],
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

    private func run(_ script: URL, _ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [script.path] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }
}
