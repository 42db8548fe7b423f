import Foundation
import XCTest

@testable import Stages

/// What sharding refuses, and that the message says which files and what to do.
final class ShardRefusalTests: XCTestCase {
    /// A sample run with fetch done, ready to shard clean.
    private func fetched() throws -> (SampleRun, PipelineRunner) {
        let run = try SampleRun()
        try run.run(.only("fetch"))
        return (run, try run.runner())
    }

    func testAShardOfAnotherCountIsRefusedNamingTheFilesUnlessForced() throws {
        let (run, runner) = try fetched()
        try runner.runShard(stage: "clean", shard: try ShardSpec(index: 0, count: 3), runID: "golden")
        XCTAssertThrowsError(try runner.runShard(stage: "clean", shard: try ShardSpec(index: 1, count: 2), runID: "golden")) { error in
            let message = "\(error)"
            XCTAssertTrue(error is ShardError, message)
            XCTAssertTrue(message.contains("clean.shard-0-of-3.manifest.json"), message)
            XCTAssertTrue(message.contains("cleaned.shard-0-of-3.jsonl"), message)
            XCTAssertTrue(message.contains("--force"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.runDirectory.appendingPathComponent("cleaned.shard-1-of-2.jsonl").path))

        try runner.runShard(stage: "clean", shard: try ShardSpec(index: 1, count: 2), runID: "golden", force: true)
        let names = try FileManager.default.contentsOfDirectory(atPath: run.runDirectory.path).filter { $0.contains(".shard-") }
        XCTAssertFalse(names.contains { $0.contains("-of-3") }, "--force removed the shards of 3: \(names)")
        XCTAssertTrue(names.contains("clean.shard-1-of-2.manifest.json"), "\(names)")
    }

    func testMergeWithAMissingShardIsRefusedNamingIt() throws {
        let (run, runner) = try fetched()
        for i in [0, 2] { try runner.runShard(stage: "clean", shard: try ShardSpec(index: i, count: 3), runID: "golden") }
        XCTAssertThrowsError(try runner.merge(stage: "clean", runID: "golden")) { error in
            let message = "\(error)"
            XCTAssertTrue(message.contains("1/3"), message)
            XCTAssertTrue(message.contains("clean.shard-1-of-3.manifest.json"), message)
            XCTAssertFalse(message.contains("0/3"), message)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: run.runDirectory.appendingPathComponent("cleaned.jsonl").path),
                       "a refused merge writes nothing")
    }

    func testMergeIsRefusedWhenTheInputChangedSinceTheShardsRan() throws {
        let (run, runner) = try fetched()
        for i in 0..<2 { try runner.runShard(stage: "clean", shard: try ShardSpec(index: i, count: 2), runID: "golden") }
        let fetched = run.runDirectory.appendingPathComponent("fetched.jsonl")
        var data = try Data(contentsOf: fetched)
        data.append(contentsOf: Array("{\"id\": \"late\", \"html\": \"<p>late</p>\"}\n".utf8))
        try data.write(to: fetched)
        XCTAssertThrowsError(try runner.merge(stage: "clean", runID: "golden")) { error in
            XCTAssertTrue("\(error)".contains("changed since the shards ran"), "\(error)")
        }
    }

    func testMergeWithNoShardsSaysHowToMakeThem() throws {
        let (run, runner) = try fetched()
        defer { withExtendedLifetime(run) {} }
        XCTAssertThrowsError(try runner.merge(stage: "clean", runID: "golden")) { error in
            XCTAssertTrue("\(error)".contains("--shard I/N"), "\(error)")
        }
    }

    func testDedupeShardsNeedTheMergedInputAndSayHowToMakeIt() throws {
        let (run, runner) = try fetched()
        defer { withExtendedLifetime(run) {} }
        XCTAssertThrowsError(try runner.runShard(stage: "dedupe", shard: try ShardSpec(index: 0, count: 2), runID: "golden")) { error in
            XCTAssertTrue("\(error)".contains("pipeline merge extract"), "\(error)")
        }
        XCTAssertThrowsError(try runner.merge(stage: "dedupe", runID: "golden")) { error in
            XCTAssertTrue(error is ShardError, "\(error)")
            XCTAssertTrue("\(error)".contains("--shard I/N"), "\(error)")
        }
    }
}
