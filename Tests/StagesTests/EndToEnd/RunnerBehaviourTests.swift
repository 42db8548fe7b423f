import Foundation
import XCTest

@testable import Stages

/// What a user relies on when rerunning: fresh stages are skipped, one stage reruns alone,
/// later stages become stale, and the worker count never changes a byte.
final class RunnerBehaviourTests: XCTestCase {
    func testASecondRunDoesNothingAndOneStageRerunsAlone() throws {
        let sample = try SampleRun()
        let first = try sample.run()
        XCTAssertEqual(first.map(\.action), Array(repeating: .ran, count: 6))

        let second = try sample.run()
        XCTAssertEqual(second.map(\.action), Array(repeating: .skipped("fresh"), count: 6))

        // Only long blocks survive: the cleaned text changes, so everything after clean goes stale.
        try sample.setSection("clean", ["min_block_chars": 200])
        let statusBefore = try sample.runner().status(runID: "golden")
        XCTAssertEqual(statusBefore.map(\.state.label), ["fresh", "stale", "stale", "stale", "stale", "stale"])

        let fetchedBefore = try sample.bytes("fetched.jsonl")
        let rerun = try sample.run(.only("clean"))
        XCTAssertEqual(rerun.map(\.stage), ["clean"])
        XCTAssertEqual(try sample.bytes("fetched.jsonl"), fetchedBefore, "nothing refetched")
        let status = try sample.runner().status(runID: "golden")
        XCTAssertEqual(status.map(\.state.label), ["fresh", "fresh", "stale", "stale", "stale", "stale"])

        let catchUp = try sample.run()
        XCTAssertEqual(catchUp.filter { $0.action == .ran }.map(\.stage), ["split", "normalize", "extract", "dedupe"])
    }

    func testOutputsAreByteIdenticalForOneAndTwoWorkers() throws {
        let one = try SampleRun()
        try one.run(workers: 1)
        let two = try SampleRun()
        try two.run(workers: 2)
        for file in ["fetched", "cleaned", "split", "normalized", "extracted", "deduped", "corpus"] {
            XCTAssertEqual(try one.bytes("\(file).jsonl"), try two.bytes("\(file).jsonl"), file)
        }
    }

    func testAStageWhoseInputIsMissingFailsClearly() throws {
        let sample = try SampleRun()
        XCTAssertThrowsError(try sample.run(.only("extract"))) { error in
            XCTAssertTrue(error is StageError, "\(error)")
            XCTAssertTrue("\(error)".contains("normalized.jsonl"), "\(error)")
        }
    }

    func testAFailedStageLeavesThePreviousOutputIntact() throws {
        let sample = try SampleRun()
        try sample.run()
        let before = try sample.bytes("normalized.jsonl")
        let manifestBefore = try sample.bytes("normalize.manifest.json")
        // The input of normalize vanishes mid-way through the user's work.
        try FileManager.default.removeItem(at: sample.runDirectory.appendingPathComponent("split.jsonl"))
        XCTAssertThrowsError(try sample.run(.only("normalize")))
        XCTAssertEqual(try sample.bytes("normalized.jsonl"), before)
        XCTAssertEqual(try sample.bytes("normalize.manifest.json"), manifestBefore)
    }
}
