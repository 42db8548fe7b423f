import Foundation
import XCTest

@testable import Stages

/// Sharding a stage and merging the shards must give what one unsharded run gives, byte for byte.
final class ShardMergeTests: XCTestCase {
    func testEveryStageInThreeShardsThenMergedEqualsAnUnshardedRun() throws {
        let plain = try SampleRun()
        try plain.run()
        let sharded = try SampleRun()
        let runner = try sharded.runner()
        for stage in StageRegistry.names {
            for i in 0..<3 {
                try runner.runShard(stage: stage, shard: try ShardSpec(index: i, count: 3), runID: "golden", workers: 2)
            }
            try runner.merge(stage: stage, runID: "golden", workers: 2)
        }

        let files = ["fetched", "cleaned", "split", "normalized", "extracted", "deduped", "corpus"].map { "\($0).jsonl" }
            + StageRegistry.names.map { "\($0).rejects.jsonl" }
        for file in files {
            XCTAssertEqual(try sharded.bytes(file), try plain.bytes(file), "\(file) differs from the unsharded run's")
        }
        XCTAssertFalse(try plain.bytes("cleaned.jsonl").isEmpty)
        // Dedupe's join committed the same index for later nights.
        let index = "corpus/out/state/\(DedupeIndexFile.name)"
        XCTAssertEqual(try Data(contentsOf: sharded.dir.url.appendingPathComponent(index)),
                       try Data(contentsOf: plain.dir.url.appendingPathComponent(index)), "the dedupe index differs")
        for stage in StageRegistry.names {
            let a = try manifest(plain, stage), b = try manifest(sharded, stage)
            XCTAssertEqual(b.counts, a.counts, "\(stage) counts")
            XCTAssertEqual(b.inputSHA256, a.inputSHA256, "\(stage) input hash")
            XCTAssertEqual(b.outputSHA256, a.outputSHA256, "\(stage) output hash")
            XCTAssertNil(b.shard)
        }
        XCTAssertEqual(try runner.status(runID: "golden").map(\.state), Array(repeating: .fresh, count: StageRegistry.stages.count))
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sharded.runDirectory.path).filter { $0.contains(".shard-") }
        XCTAssertEqual(leftovers, [], "merge deletes the shard files by default")
    }

    /// Invalid lines, records the stage rejects, articles that split into several parts: the
    /// merged rejects and outputs keep the unsharded order and line numbers.
    func testRejectsAndSeveralOutputsPerLineMergeInInputOrder() throws {
        let plain = try SampleRun()
        try plain.run(.only("fetch"))
        try plain.run(.only("clean"))
        let cleaned = try String(decoding: plain.bytes("cleaned.jsonl"), as: UTF8.self).split(separator: "\n").map(String.init)
        var lines: [String] = []
        for (i, line) in cleaned.enumerated() {
            lines.append(line)
            lines.append(i % 2 == 0 ? "{not json \(i)" : #"{"id": "broken-\#(i)", "text": 7}"#)
        }
        lines.append(#"{"id": "mixed", "text": "The minister spoke to reporters in the capital on Monday about the new budget plan.\n\nقال الوزير للصحفيين في العاصمة يوم الاثنين إن الخطة الجديدة ستبدأ قريبا."}"#)
        lines.append("")
        lines.append(#"{"id": "empty", "text": ""}"#)
        let input = lines.joined(separator: "\n") + "\n"
        try Data(input.utf8).write(to: plain.runDirectory.appendingPathComponent("cleaned.jsonl"))
        try plain.run(.only("split"))

        let sharded = try SampleRun()
        try FileManager.default.createDirectory(at: sharded.runDirectory, withIntermediateDirectories: true)
        try Data(input.utf8).write(to: sharded.runDirectory.appendingPathComponent("cleaned.jsonl"))
        let runner = try sharded.runner()
        for i in 0..<3 { try runner.runShard(stage: "split", shard: try ShardSpec(index: i, count: 3), runID: "golden", workers: 1) }
        try runner.merge(stage: "split", runID: "golden", keepShards: true)

        XCTAssertEqual(try sharded.bytes("split.jsonl"), try plain.bytes("split.jsonl"))
        XCTAssertEqual(try sharded.bytes("split.rejects.jsonl"), try plain.bytes("split.rejects.jsonl"))
        XCTAssertEqual(try manifest(sharded, "split").counts, try manifest(plain, "split").counts)
        let rejects = try sharded.records("split.rejects.jsonl")
        XCTAssertGreaterThanOrEqual(rejects.count, cleaned.count, "every inserted bad line is rejected")
        XCTAssertTrue(try sharded.records("split.jsonl").contains { ($0["id"] as? String) == "mixed#ar" })
        XCTAssertTrue(try sharded.records("split.jsonl").contains { ($0["id"] as? String) == "mixed#en" })
    }

    private func manifest(_ run: SampleRun, _ stage: String) throws -> StageManifest {
        try JSONDecoder().decode(StageManifest.self, from: run.bytes("\(stage).manifest.json"))
    }
}
