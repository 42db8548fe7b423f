import Foundation
import Logging
import XCTest

@testable import Stages

/// `pipeline verify`: a sound run passes; a changed byte, a lost rejects line or a stage made
/// from another input is named with its stage; a rerun of the offline sample gives the same bytes.
final class RunVerifierTests: XCTestCase {
    private let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    func testASoundRunPasses() throws {
        let sample = try sampleWithRejects()
        try sample.run()
        let checks = try verifier(sample).check(runID: "golden")
        XCTAssertEqual(checks.map(\.stage), StageRegistry.names)
        for check in checks { XCTAssertEqual(check.problems, [], check.stage) }
    }

    func testAChangedByteIsReportedAtItsStageAndBreaksTheChain() throws {
        let sample = try SampleRun()
        try sample.run()
        let path = sample.runDirectory.appendingPathComponent("normalized.jsonl")
        var bytes = try Data(contentsOf: path)
        let quote = try XCTUnwrap(bytes.firstIndex(of: UInt8(ascii: "a")))
        bytes[quote] = UInt8(ascii: "b")
        try bytes.write(to: path)

        let checks = try verifier(sample).check(runID: "golden")
        let byStage = Dictionary(uniqueKeysWithValues: checks.map { ($0.stage, $0) })
        XCTAssertEqual(byStage["normalize"]?.problems, ["normalized.jsonl does not match its manifest's output_sha256"])
        let extract = byStage["extract"]?.problems ?? []
        XCTAssertTrue(extract.first?.contains("input_sha256 is not the hash of normalized.jsonl") == true, "\(extract)")
        for stage in ["fetch", "clean", "split", "dedupe"] { XCTAssertTrue(byStage[stage]?.isOK == true, stage) }
    }

    func testALostRejectsLineIsReported() throws {
        let sample = try sampleWithRejects()
        try sample.run()
        let path = sample.runDirectory.appendingPathComponent("fetch.rejects.jsonl")
        let lines = try String(contentsOf: path, encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, 2, "the sample with two missing pages has two fetch rejects")
        try (lines.dropFirst().joined(separator: "\n") + "\n").write(to: path, atomically: true, encoding: .utf8)

        let checks = try verifier(sample).check(runID: "golden")
        XCTAssertEqual(checks.first { $0.stage == "fetch" }?.problems,
                       ["fetch.rejects.jsonl has 1 line, the manifest says 2 rejected"])
        XCTAssertEqual(checks.filter { !$0.isOK }.map(\.stage), ["fetch"])
    }

    func testAMissingStageAndACorpusWithALostLineAreReported() throws {
        let sample = try SampleRun()
        try sample.run()
        let corpus = sample.runDirectory.appendingPathComponent("corpus.jsonl")
        let kept = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n").dropLast()
        try (kept.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: sample.runDirectory.appendingPathComponent("extract.manifest.json"))

        let checks = try verifier(sample).check(runID: "golden")
        let extract = try XCTUnwrap(checks.first { $0.stage == "extract" })
        XCTAssertTrue(extract.isMissing)
        let dedupe = try XCTUnwrap(checks.first { $0.stage == "dedupe" })
        XCTAssertEqual(
            dedupe.problems, ["corpus.jsonl has \(kept.count) lines, the manifest says \(kept.count + 1) published"])
    }

    func testARerunOfTheOfflineSampleMakesTheSameBytes() throws {
        let sample = try sampleWithRejects()
        try sample.run()
        let comparisons = try verifier(sample).rerun(runID: "golden", logger: quiet, workers: 1)
        XCTAssertEqual(comparisons.map(\.stage), StageRegistry.names)
        for comparison in comparisons { XCTAssertNil(comparison.difference, comparison.stage) }
        XCTAssertEqual(try hiddenFiles(in: sample.dir.url), [], "the temporary config copy is removed")
    }

    func testARerunNamesTheFirstDifferingLine() throws {
        let sample = try SampleRun()
        try sample.run()
        let path = sample.runDirectory.appendingPathComponent("split.jsonl")
        var lines = try String(contentsOf: path, encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertGreaterThan(lines.count, 3)
        lines[2] = #"{"id":"changed"}"#
        try lines.joined(separator: "\n").write(to: path, atomically: true, encoding: .utf8)

        let comparisons = try verifier(sample).rerun(runID: "golden", logger: quiet)
        XCTAssertEqual(comparisons.first { $0.stage == "split" }?.difference,
                       RunVerifier.Difference(file: "split.jsonl", line: 3))
        XCTAssertEqual(comparisons.filter { $0.difference != nil }.map(\.stage), ["split"])
    }

    func testFileFactsCountLinesRecordsAndHash() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("x.jsonl", "{\"a\":1}\n\n  \n{\"b\":2}")
        let facts = try XCTUnwrap(try FileFacts(path: path))
        XCTAssertEqual(facts.lines, 4)
        XCTAssertEqual(facts.records, 2)
        XCTAssertEqual(facts.sha256, try Digest.sha256Hex(ofFile: path))
        XCTAssertNil(try FileFacts(path: dir.path("absent.jsonl")))
    }

    // MARK: - Helpers

    private func verifier(_ sample: SampleRun) throws -> RunVerifier {
        RunVerifier(config: try PipelineConfig.load(path: sample.configPath))
    }

    /// The sample plus two listed pages that do not exist, so that fetch writes two rejects.
    private func sampleWithRejects() throws -> SampleRun {
        let sample = try SampleRun()
        let url = URL(fileURLWithPath: sample.configPath)
        var root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as! [String: Any]
        var sources = root["sources"] as! [Any]
        sources.append(["name": "gone", "type": "urls", "urls": ["corpus/gone/one.html", "corpus/gone/two.html"]])
        root["sources"] = sources
        try JSONSerialization.data(withJSONObject: root, options: [.sortedKeys]).write(to: url)
        return sample
    }

    private func hiddenFiles(in folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }
}
