import Foundation
import XCTest

@testable import Stages

final class SlurmPlanTests: XCTestCase {
    func testOneArrayAndOneMergePerStageDedupeIncluded() throws {
        let dir = try TemporaryDirectory()
        let plan = SlurmPlan(settings: .init(
            binary: "/opt/pipeline bin/pipeline", configPath: "/data/pipeline.json", runID: "2026-11-24", arraySize: 3,
            partition: "batch", time: "02:00:00", cpusPerTask: 2, outputDirectory: dir.url))
        XCTAssertEqual(plan.jobs.map(\.title), [
            "fetch shards", "fetch merge", "clean shards", "clean merge", "split shards", "split merge",
            "normalize shards", "normalize merge", "extract shards", "extract merge", "dedupe shards", "dedupe merge",
        ])
        let shards = plan.jobs[2].text
        XCTAssertTrue(shards.contains("#SBATCH --array=0-2\n"), shards)
        XCTAssertTrue(shards.contains("#SBATCH --partition=batch\n"), shards)
        XCTAssertTrue(shards.contains("#SBATCH --time=02:00:00\n"), shards)
        XCTAssertTrue(shards.contains("#SBATCH --cpus-per-task=2\n"), shards)
        XCTAssertTrue(shards.contains(
            #"exec '/opt/pipeline bin/pipeline' run --stage clean --shard "${SLURM_ARRAY_TASK_ID}/3" --run-id 2026-11-24 --config /data/pipeline.json --workers 2 --quiet"#),
            shards)
        XCTAssertTrue(plan.jobs[3].text.contains("merge clean --run-id"))
        XCTAssertFalse(plan.jobs[3].text.contains("--array"))
        // Dedupe's signatures as an array, then its join as the merge.
        XCTAssertTrue(plan.jobs[10].text.contains(#"run --stage dedupe --shard "${SLURM_ARRAY_TASK_ID}/3" --run-id"#), plan.jobs[10].text)
        XCTAssertTrue(plan.jobs[10].text.contains("#SBATCH --array=0-2\n"))
        XCTAssertTrue(plan.jobs[11].text.contains("merge dedupe --run-id"), plan.jobs[11].text)
        XCTAssertFalse(plan.jobs[11].text.contains("--array"))

        try plan.write()
        let submit = try String(contentsOfFile: plan.submitPath, encoding: .utf8)
        XCTAssertTrue(submit.contains("j1=$(sbatch --parsable \(SlurmPlan.quoted(plan.jobs[0].path)))"), submit)
        XCTAssertTrue(submit.contains("j2=$(sbatch --parsable --dependency=afterok:${j1%%;*} --kill-on-invalid-dep=yes \(SlurmPlan.quoted(plan.jobs[1].path)))"), submit)
        XCTAssertTrue(FileManager.default.isExecutableFile(atPath: plan.jobs[0].path))
        XCTAssertEqual(SlurmPlan.quoted("it's here"), #"'it'\''s here'"#)
    }
}
