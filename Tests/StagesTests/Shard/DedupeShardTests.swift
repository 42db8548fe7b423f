import Foundation
import XCTest

@testable import Stages

/// Dedupe sharded as datatrove does it: shards write surveys (the signature step), and merge is
/// the join that decides over all of them. Its files must equal an unsharded dedupe's.
final class DedupeShardTests: XCTestCase {
    /// The sample's extracted.jsonl, made by an unsharded run up to extract.
    private func extractedSample() throws -> Data {
        let run = try SampleRun()
        for stage in ["fetch", "clean", "split", "normalize", "extract"] { try run.run(.only(stage)) }
        return try run.bytes("extracted.jsonl")
    }

    /// A sample folder with `input` as run `runID`'s extracted.jsonl, and nothing else run.
    private func corpus(with input: Data, runIDs: [String] = ["golden"]) throws -> SampleRun {
        let run = try SampleRun()
        for runID in runIDs {
            let folder = run.runDirectory.deletingLastPathComponent().appendingPathComponent(runID)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try input.write(to: folder.appendingPathComponent("extracted.jsonl"))
        }
        return run
    }

    private func shardAndJoin(_ run: SampleRun, runID: String = "golden", count: Int = 3) throws {
        let runner = try run.runner()
        for i in 0..<count {
            try runner.runShard(stage: "dedupe", shard: try ShardSpec(index: i, count: count), runID: runID, workers: 2)
        }
        try runner.merge(stage: "dedupe", runID: runID, workers: 2)
    }

    private func file(_ run: SampleRun, _ runID: String, _ name: String) throws -> Data {
        try Data(contentsOf: run.runDirectory.deletingLastPathComponent().appendingPathComponent(runID).appendingPathComponent(name))
    }

    private func index(_ run: SampleRun) -> URL {
        run.dir.url.appendingPathComponent("corpus/out/state/\(DedupeIndexFile.name)")
    }

    private func manifest(_ run: SampleRun, _ runID: String = "golden", _ name: String = "dedupe.manifest.json") throws -> StageManifest {
        try JSONDecoder().decode(StageManifest.self, from: file(run, runID, name))
    }

    func testEachShardWritesOneSurveyPerAcceptedLineAndNoOutputOrState() throws {
        let input = try extractedSample()
        let run = try corpus(with: input)
        let runner = try run.runner()
        for i in 0..<3 { try runner.runShard(stage: "dedupe", shard: try ShardSpec(index: i, count: 3), runID: "golden", workers: 2) }

        let names = try FileManager.default.contentsOfDirectory(atPath: run.runDirectory.path)
        XCTAssertTrue(names.contains("dedupe.shard-1-of-3.surveys.jsonl"), "\(names)")
        XCTAssertTrue(names.contains("dedupe.shard-1-of-3.index.tsv"), "\(names)")
        XCTAssertFalse(names.contains { $0.hasPrefix("deduped") || $0 == "corpus.jsonl" }, "a shard decides nothing: \(names)")
        XCTAssertFalse(FileManager.default.fileExists(atPath: index(run).path), "only the join commits the index")

        let decoder = JSONDecoder()
        let ids = try String(decoding: input, as: UTF8.self).split(separator: "\n").map {
            try decoder.decode(ExtractedRecord.self, from: Data($0.utf8)).normalized.part.identity.id
        }
        var surveyed: [Int] = []
        for i in 0..<3 {
            let text = String(decoding: try run.bytes("dedupe.shard-\(i)-of-3.surveys.jsonl"), as: UTF8.self)
            let lines = try text.split(separator: "\n").map { try decoder.decode(SurveyLine<DedupeSurvey>.self, from: Data($0.utf8)) }
            XCTAssertEqual(lines.count, try manifest(run, "golden", "dedupe.shard-\(i)-of-3.manifest.json").counts.recordsOut)
            XCTAssertEqual(lines.map(\.line), lines.map(\.line).sorted(), "shard \(i) is in input order")
            for entry in lines {
                XCTAssertEqual(entry.survey.id, ids[entry.line - 1], "line \(entry.line)'s survey is of its record")
                XCTAssertEqual(entry.survey.signature.count, 28 * 4)
            }
            surveyed += lines.map(\.line)
        }
        XCTAssertEqual(surveyed.sorted(), Array(1...ids.count), "every line surveyed once, in exactly one shard")
    }

    /// Unreadable lines, records without the fields dedupe reads and blank lines, among the
    /// sample's: the join's rejects keep the unsharded order and line numbers.
    func testBadLinesGiveTheUnshardedRejectsOutputAndCounts() throws {
        let good = String(decoding: try extractedSample(), as: UTF8.self).split(separator: "\n").map(String.init)
        var lines: [String] = []
        for (i, line) in good.enumerated() {
            lines.append(line)
            if i % 3 == 0 { lines += ["{not json \(i)", #"{"id": "broken-\#(i)", "text": 7}"#, ""] }
        }
        let input = Data((lines.joined(separator: "\n") + "\n").utf8)
        let plain = try corpus(with: input)
        try plain.run(.only("dedupe"))
        let sharded = try corpus(with: input)
        try shardAndJoin(sharded)

        for name in ["deduped.jsonl", "corpus.jsonl", "dedupe.rejects.jsonl"] {
            XCTAssertEqual(try sharded.bytes(name), try plain.bytes(name), "\(name) differs from the unsharded run's")
        }
        let counts = try manifest(sharded).counts
        XCTAssertEqual(counts, try manifest(plain).counts)
        XCTAssertEqual(counts.rejected, 2 * ((good.count + 2) / 3))
        XCTAssertEqual(counts.recordsOut, good.count)
        XCTAssertLessThan(counts.published ?? 0, good.count, "the sample has copies")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: sharded.runDirectory.path).filter { $0.contains(".shard-") }
        XCTAssertEqual(leftovers, [])
    }

    /// The join compares with the index of earlier nights, as the unsharded stage does: the
    /// same records on a second night are all copies.
    func testTheJoinSeesEarlierNightsAndCommitsTheSameIndex() throws {
        let input = try extractedSample()
        let plain = try corpus(with: input, runIDs: ["night1", "night2"])
        let sharded = try corpus(with: input, runIDs: ["night1", "night2"])
        for run in [plain, sharded] { try run.runner().run(selection: .only("dedupe"), runID: "night1", workers: 2) }
        try plain.runner().run(selection: .only("dedupe"), runID: "night2", workers: 2)
        try shardAndJoin(sharded, runID: "night2", count: 2)

        for name in ["deduped.jsonl", "corpus.jsonl", "dedupe.rejects.jsonl"] {
            XCTAssertEqual(try file(sharded, "night2", name), try file(plain, "night2", name), "\(name) differs")
        }
        XCTAssertGreaterThan(try manifest(sharded, "night1").counts.published ?? 0, 0)
        XCTAssertEqual(try manifest(sharded, "night2").counts.published, 0, "night 1 kept every one of them already")
        XCTAssertEqual(try Data(contentsOf: index(sharded)), try Data(contentsOf: index(plain)))
    }

    func testAJoinWithAMissingShardIsRefusedAndWritesNothing() throws {
        let run = try corpus(with: try extractedSample())
        let runner = try run.runner()
        for i in [0, 2] { try runner.runShard(stage: "dedupe", shard: try ShardSpec(index: i, count: 3), runID: "golden") }
        XCTAssertThrowsError(try runner.merge(stage: "dedupe", runID: "golden")) { error in
            XCTAssertTrue("\(error)".contains("dedupe.shard-1-of-3.manifest.json"), "\(error)")
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: run.runDirectory.path)
        XCTAssertFalse(names.contains { $0 == "deduped.jsonl" || $0 == "corpus.jsonl" || $0 == "dedupe.manifest.json" }, "\(names)")
    }
}
