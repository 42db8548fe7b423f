import Foundation
import XCTest

/// The sample run's outputs as users load them: every record against schema/, corpus.jsonl
/// through pandas and Hugging Face datasets (scripts/check_outputs.py).
///
/// CI installs jsonschema, pandas and datasets in a virtualenv and sets PIPELINE_PYTHON; where
/// that python is missing, the check runs with the machine's python3 and skips what it lacks.
final class PublishedFormatsTests: XCTestCase {
    private func run(_ executable: String, _ arguments: [String]) throws -> ChildProcess.Outcome {
        try ChildProcess.run(URL(fileURLWithPath: executable), arguments)
    }

    func testOutputsMatchTheSchemasAndLoadInPandasAndDatasets() throws {
        let configured = ProcessInfo.processInfo.environment["PIPELINE_PYTHON"]
        let python = configured ?? "/usr/bin/env"
        let prefix = configured == nil ? ["python3"] : []
        try XCTSkipUnless(run(python, prefix + ["-c", "import jsonschema"]).status == 0,
                          "jsonschema is not installed for \(configured ?? "python3") (pip install jsonschema)")
        let sample = try SampleRun()
        try sample.run()
        var arguments = prefix + [Repository.root.appendingPathComponent("scripts/check_outputs.py").path,
                                  sample.runDirectory.path]
        if configured != nil { arguments.append("--require-datasets") }
        let outcome = try run(python, arguments)
        XCTAssertEqual(outcome.status, 0, outcome.output)
        XCTAssertTrue(outcome.output.contains("schema ok: corpus.jsonl"), outcome.output)
        print(outcome.output)
    }
}
