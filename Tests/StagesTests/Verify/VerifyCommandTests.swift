import Foundation
import XCTest

/// `pipeline verify` as a user runs it: a table per stage, exit 0 when all agrees, 1 when not.
final class VerifyCommandTests: XCTestCase {
    private func pipeline(_ arguments: [String], in directory: URL) throws -> ChildProcess.Outcome {
        let binary = ChildProcess.pipelineBinary
        try XCTSkipUnless(
            FileManager.default.isExecutableFile(atPath: binary.path), "pipeline not built at \(binary.path)")
        return try ChildProcess.run(binary, arguments, in: directory)
    }

    func testVerifyPassesThenNamesTheTamperedStageAndExitsOne() throws {
        let sample = try SampleRun()
        XCTAssertEqual(try pipeline(["run", "--run-id", "golden", "--quiet"], in: sample.dir.url).status, 0)

        let sound = try pipeline(["verify", "--rerun"], in: sample.dir.url)
        XCTAssertEqual(sound.status, 0, sound.output)
        XCTAssertTrue(sound.stdout.contains("verify golden: ok, and a rerun made the same bytes"), sound.stdout)
        let agreeing = sound.stdout.split(separator: "\n").filter { $0.contains(" ok ") && $0.contains("identical") }
        XCTAssertEqual(agreeing.count, 6, sound.stdout)

        let path = sample.runDirectory.appendingPathComponent("extracted.jsonl")
        try (try String(contentsOf: path, encoding: .utf8) + "{}\n").write(to: path, atomically: true, encoding: .utf8)
        let tampered = try pipeline(["verify", "--run-id", "golden"], in: sample.dir.url)
        XCTAssertEqual(tampered.status, 1, tampered.output)
        let extractRows = tampered.stdout.split(separator: "\n").filter { $0.hasPrefix("extract ") }
        XCTAssertTrue(extractRows.first?.contains("mismatch") == true, tampered.stdout)
        XCTAssertTrue(
            extractRows.contains { $0.contains("extracted.jsonl does not match its manifest's output_sha256") },
            tampered.stdout)
        XCTAssertTrue(tampered.stdout.contains("dedupe     mismatch"), "dedupe's input changed: \(tampered.stdout)")
        XCTAssertEqual(tampered.stderr, "", "a verdict, not an error")
    }
}
