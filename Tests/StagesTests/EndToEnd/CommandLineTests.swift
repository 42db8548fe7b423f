import Foundation
import XCTest

/// The built `pipeline` binary, as a user runs it: output, exit codes, filter mode.
final class CommandLineTests: XCTestCase {
    private func pipeline(_ arguments: [String], in directory: URL, stdin: String? = nil) throws -> ChildProcess.Outcome {
        let binary = ChildProcess.pipelineBinary
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: binary.path), "pipeline not built at \(binary.path)")
        return try ChildProcess.run(binary, arguments, in: directory, stdin: stdin)
    }

    func testRunTwiceThenStatus() throws {
        let sample = try SampleRun()
        let first = try pipeline(["run", "--run-id", "cli"], in: sample.dir.url)
        XCTAssertEqual(first.status, 0, first.stderr)
        XCTAssertTrue(first.stdout.contains("dedupe     ran:"), first.stdout)
        XCTAssertTrue(first.stdout.contains("corpus.jsonl"), first.stdout)

        let second = try pipeline(["run", "--run-id", "cli"], in: sample.dir.url)
        XCTAssertEqual(second.status, 0)
        XCTAssertTrue(second.stdout.contains("pipeline run cli: ok, 0 of 6 stages ran (every stage is fresh)"), second.stdout)

        let status = try pipeline(["status"], in: sample.dir.url)
        XCTAssertEqual(status.status, 0)
        XCTAssertTrue(status.stdout.contains("run cli"), status.stdout)
        XCTAssertEqual(status.stdout.split(separator: "\n").filter { $0.contains(" fresh ") }.count, 6, status.stdout)
    }

    func testAConfigErrorExitsWithTwoAndNamesTheKeyAndFile() throws {
        let dir = try TemporaryDirectory()
        try dir.write("pipeline.json", #"{"split": {"min_leters": 3}}"#)
        let outcome = try pipeline(["run"], in: dir.url)
        XCTAssertEqual(outcome.status, 2)
        XCTAssertTrue(outcome.stderr.contains("pipeline.json"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("split.min_leters"), outcome.stderr)
    }

    func testUsageErrorsExitWithTwo() throws {
        let dir = try TemporaryDirectory()
        XCTAssertEqual(try pipeline(["run", "--stage", "split", "--from", "clean"], in: dir.url).status, 2)
        XCTAssertEqual(try pipeline(["stage", "nonsense"], in: dir.url).status, 2)
        XCTAssertEqual(try pipeline(["frobnicate"], in: dir.url).status, 2)
    }

    func testAStageAsAFilterWritesOutputsAndRejects() throws {
        let dir = try TemporaryDirectory()
        let input = """
            {"id":"x","text":"The ministry said on Monday that aid had reached the villages."}
            not json
            """
        let outcome = try pipeline(["stage", "split"], in: dir.url, stdin: input)
        XCTAssertEqual(outcome.status, 0, outcome.stderr)
        let record = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(record?["id"] as? String, "x#en")
        XCTAssertTrue(outcome.stderr.contains("\"error\":\"invalid_json\""), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("split: 2 in, 1 out, 1 rejected"), outcome.stderr)
    }
}
