import Foundation
import XCTest

@testable import Stages

/// Every input line belongs to exactly one shard, decided by its id alone.
final class ShardPartitionTests: XCTestCase {
    func testEveryInputLineIsInExactlyOneShardChosenByItsID() throws {
        let run = try SampleRun()
        try run.run(.only("fetch"))
        try run.run(.only("clean"))
        // The cleaned records, plus lines without a readable id, which belong to shard 0.
        var text = try String(decoding: run.bytes("cleaned.jsonl"), as: UTF8.self)
        text += "{not json\n" + #"{"id": 12, "text": "a number is no id"}"# + "\n"
        try Data(text.utf8).write(to: run.runDirectory.appendingPathComponent("cleaned.jsonl"))
        let lines = text.split(separator: "\n").map(String.init)
        let runner = try run.runner()
        let layout = RunLayout(corpus: runner.config.corpus, runID: "golden")
        let split = StageRegistry.stage(named: "split")!

        var owner: [Int: Int] = [:]
        for i in 0..<3 {
            let shard = try ShardSpec(index: i, count: 3)
            try runner.runShard(stage: "split", shard: shard, runID: "golden", workers: 2)
            let reader = try ShardIndexReader(path: layout.shardPaths(split, shard).index)
            while let entry = try reader.next() {
                XCTAssertNil(owner[entry.line], "line \(entry.line) is in two shards")
                owner[entry.line] = i
            }
            let manifest = try XCTUnwrap(StageManifest.read(from: layout.shardPaths(split, shard).manifest))
            XCTAssertEqual(manifest.shard, ShardInfo(index: i, count: 3, inputLines: lines.count))
        }
        XCTAssertEqual(owner.keys.sorted(), Array(1...lines.count))
        for (number, line) in lines.enumerated() {
            let id = (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["id"] as? String
            let expected = id.map { ShardSpec.shard(ofKey: $0, count: 3) } ?? 0
            XCTAssertEqual(owner[number + 1], expected, "line \(number + 1)")
        }
        XCTAssertGreaterThan(Set(owner.values).count, 1, "the sample's ids spread over several shards")
    }

    func testTheShardOfAKeyIsFixedAcrossProcesses() throws {
        // SHA-256("a") begins ca978112ca1bbdca: 0xca978112ca1bbdca % 7 == 3.
        XCTAssertEqual(ShardSpec.shard(ofKey: "a", count: 7), Int(UInt64(0xca97_8112_ca1b_bdca) % 7))
        XCTAssertEqual(ShardSpec.shard(ofKey: "anything", count: 1), 0)
    }

    func testShardSpecsAreParsedAndChecked() throws {
        XCTAssertEqual(try ShardSpec(parsing: "2/4"), try ShardSpec(index: 2, count: 4))
        XCTAssertEqual(try ShardSpec(parsing: "0/1").fileTag, "shard-0-of-1")
        for bad in ["4/4", "-1/2", "0/0", "1", "a/b", "1/2/3", ""] {
            XCTAssertThrowsError(try ShardSpec(parsing: bad), bad)
        }
    }
}
