import ArgumentParser
import Foundation
import Stages

struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Join a stage's shards into its normal output, rejects and manifest.",
        discussion: """
            Checks that all N shard manifests (<stage>.shard-I-of-N.manifest.json) exist and agree \
            (same N, input, settings and code version, matching the current config and input), then \
            writes <output>.jsonl and <stage>.rejects.jsonl in the order of the unsharded input — byte \
            for byte what one unsharded run writes — with the counts summed into <stage>.manifest.json, \
            so that status and later stages see a fresh stage. The shard files are then deleted \
            (--keep-shards keeps them).

            For dedupe, merge is the join step: it reads the shards' surveys \
            (dedupe.shard-I-of-N.surveys.jsonl) in input order, finds the duplicates over all of \
            them and the index of earlier nights, writes deduped.jsonl and corpus.jsonl over \
            extracted.jsonl and saves the index: the same files as an unsharded run --stage dedupe.

            Examples:
              pipeline merge clean --run-id 2026-11-24
              pipeline merge extract --keep-shards
            """)

    @Argument(help: "The stage: fetch, clean, split, normalize, extract or dedupe.")
    var stage: String

    @OptionGroup var common: CommonOptions

    @Option(help: "The run's folder under <corpus>/runs/ (default: today's date, like run).")
    var runId: String?

    @Flag(help: "Keep the shard files after merging (default: delete them).")
    var keepShards = false

    @Option(help: "Workers for dedupe's output pass (default: the config's `workers`).")
    var workers: Int?

    func validate() throws {
        try CommonOptions.checkRunID(runId)
        if let workers, workers < 1 { throw ValidationError("--workers must be at least 1") }
    }

    func run() throws {
        let runner = PipelineRunner(config: try common.loadConfig(), logger: try common.makeLogger())
        let runID = runId ?? RunLayout.todaysRunID()
        let report = try runner.merge(stage: stage, runID: runID, keepShards: keepShards, workers: workers)
        print(RunCommand.line(for: report).replacingOccurrences(of: " ran:", with: " merged:") + " → \(report.output)")
    }
}
