import Foundation
import XCTest

@testable import Stages

final class StageExecutorTests: XCTestCase {
    /// Many records through split with 1 and 4 workers: same bytes, same order.
    func testOutputBytesDoNotDependOnTheWorkerCount() throws {
        let dir = try TemporaryDirectory()
        let texts = ["This is the news of the day in English.", "هذا خبر اليوم باللغة العربية من المراسل.",
                     "Le gouvernement a annoncé de nouvelles mesures pour les familles."]
        let lines = (0..<3000).map { i in
            #"{"id":"doc\#(i)","text":"\#(texts[i % 3])\n\n\#(texts[(i + 1) % 3])"}"#
        }
        let input = try dir.write("in.jsonl", lines.joined(separator: "\n") + "\n")
        let one = try runSplit(input: input, workers: 1, in: dir, name: "one")
        let four = try runSplit(input: input, workers: 4, in: dir, name: "four")
        XCTAssertEqual(one.output, four.output)
        XCTAssertEqual(one.counts, four.counts)
        XCTAssertEqual(one.counts.recordsIn, 3000)
        XCTAssertEqual(one.counts.recordsOut, 6000)
        let firstIDs = one.output.split(separator: "\n").prefix(4).map { line in
            (try! JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["id"] as! String
        }
        XCTAssertEqual(firstIDs, ["doc0#en", "doc0#ar", "doc1#ar", "doc1#other"])
    }

    func testBadLinesBecomeRejectsAndTheStageGoesOn() throws {
        let dir = try TemporaryDirectory()
        let input = try dir.write("in.jsonl", """
            {"id":"ok","text":"A perfectly good English sentence for the test."}
            {"id":"broken",
            {"id":"notext"}
            {"id":42,"text":"wrong id type"}
            {"id":"ok2","text":"Another good English sentence for the test."}
            """)
        let result = try runSplit(input: input, workers: 2, in: dir, name: "bad")
        XCTAssertEqual(result.counts.recordsIn, 5)
        XCTAssertEqual(result.counts.recordsOut, 2)
        XCTAssertEqual(result.counts.rejected, 3)
        XCTAssertEqual(result.counts.rejectReasons, ["invalid_json": 1, "invalid_record": 2])
        let rejects = result.rejects.split(separator: "\n").map {
            try! JSONDecoder().decode(RejectRecord.self, from: Data($0.utf8))
        }
        XCTAssertEqual(rejects.map(\.line), [2, 3, 4])
        XCTAssertEqual(rejects.map(\.id), [nil, "notext", nil])
        XCTAssertEqual(rejects.map(\.stage), ["split", "split", "split"])
        XCTAssertTrue(rejects[1].detail.contains("text"), rejects[1].detail)
    }

    private func runSplit(input: String, workers: Int, in dir: TemporaryDirectory, name: String) throws
        -> (output: String, rejects: String, counts: StageCounts)
    {
        let output = try AtomicFile(path: dir.path("\(name).out.jsonl"))
        let rejects = try AtomicFile(path: dir.path("\(name).rejects.jsonl"))
        let sinks = StageSinks(output: output, published: nil, rejects: rejects)
        let executor = StageExecutor(context: .testing(), workers: workers)
        try executor.run(try SplitStage(options: .init()), input: .file(input), sinks: sinks)
        try output.commit()
        try rejects.commit()
        return (try String(contentsOfFile: output.path, encoding: .utf8),
                try String(contentsOfFile: rejects.path, encoding: .utf8), sinks.counts)
    }
}
