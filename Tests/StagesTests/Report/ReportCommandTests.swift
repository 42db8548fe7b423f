import Foundation
import XCTest

@testable import Stages

/// `pipeline report` as a user runs it, on the sample.
final class ReportCommandTests: XCTestCase {
    private func pipeline(_ arguments: [String], in directory: URL) throws -> ChildProcess.Outcome {
        let binary = ChildProcess.pipelineBinary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "pipeline not built at \(binary.path)")
        return try ChildProcess.run(binary, arguments, in: directory)
    }

    func testReportWritesThePageOfTheLastRunAndPrintsJSON() throws {
        let sample = try SampleRun()
        let run = try pipeline(["run", "--run-id", "night-1"], in: sample.dir.url)
        XCTAssertEqual(run.status, 0, run.stderr)

        let report = try pipeline(["report"], in: sample.dir.url)
        XCTAssertEqual(report.status, 0, report.stderr)
        let page = sample.dir.url.appendingPathComponent("corpus/out/runs/night-1/report.html")
        XCTAssertTrue(report.stdout.contains(page.lastPathComponent), report.stdout)
        let html = try String(contentsOf: page, encoding: .utf8)
        XCTAssertTrue(html.contains("<h1>Run night-1</h1>"))

        let json = try pipeline(["report", "--json", "--run-id", "night-1"], in: sample.dir.url)
        XCTAssertEqual(json.status, 0, json.stderr)
        let summary = try JSONDecoder().decode(RunSummary.self, from: Data(json.stdout.utf8))
        XCTAssertEqual(summary.runID, "night-1")
        XCTAssertEqual(summary.stages.count, StageRegistry.names.count)

        let other = sample.dir.path("elsewhere.html")
        XCTAssertEqual(try pipeline(["report", "--output", other], in: sample.dir.url).status, 0)
        XCTAssertTrue(FileManager.default.fileExists(atPath: other))
    }

    func testAMissingRunFailsWithAClearMessage() throws {
        let sample = try SampleRun()
        let outcome = try pipeline(["report", "--run-id", "1999-01-01"], in: sample.dir.url)
        XCTAssertEqual(outcome.status, 1)
        XCTAssertTrue(outcome.stderr.contains("no run '1999-01-01'"), outcome.stderr)
    }
}
