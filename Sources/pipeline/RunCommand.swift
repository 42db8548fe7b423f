import ArgumentParser
import Foundation
import Stages

struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run every missing or stale stage of pipeline.json, in order.",
        discussion: """
            A stage is fresh, and skipped, when its output was made from the same input, settings \
            and code. Outputs go to <corpus>/runs/<run-id>/; the dedupe stage also writes corpus.jsonl.

            Examples:
              pipeline run
              pipeline run --config my.json --workers 2
              pipeline run --stage normalize        rerun normalize from split.jsonl; later stages become stale
              pipeline run --from extract           rerun extract and dedupe
              pipeline run --run-id 2026-11-24      work on that night's run
              pipeline run --force                  rerun everything
              pipeline run --quiet --log-file corpus/out/pipeline.log --keep-runs 14   from cron
              pipeline run --stage clean --shard 0/4 --run-id 2026-11-24   shard 0 of 4; then pipeline merge clean

            With --shard I/N (0 ≤ I < N), the stage processes only the input records whose id (or, for \
            fetch's requests, url) hashes to shard I — the first 8 bytes of its SHA-256 mod N; lines \
            without either go to shard 0 — and writes <output>.shard-I-of-N.jsonl with its own \
            manifest, rejects and index beside the stage's files. Shard runs take no lock, so the \
            elements of a Slurm job array run at once; `pipeline merge STAGE` joins them. Shard \
            files of the stage planned with another N are refused, or deleted first with --force. \
            A dedupe shard is its signature step: it writes dedupe.shard-I-of-N.surveys.jsonl, and \
            `pipeline merge dedupe` is the join that finds the duplicates over all shards and writes \
            deduped.jsonl and corpus.jsonl.
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "Dispatch workers (default: the config's `workers`; 0 = one per core).")
    var workers: Int?

    @Option(help: "Rerun this stage alone, from its existing input.")
    var stage: String?

    @Option(help: "Rerun this stage and every later one.")
    var from: String?

    @Option(help: "The run's folder under <corpus>/runs/ (default: today's date).")
    var runId: String?

    @Option(help: "With --stage: process only shard I of N (0-based), into the stage's shard files (see above).")
    var shard: String?

    @Flag(help: "Rerun every stage, fresh or not. With --shard: delete the stage's shard files planned with another N first.")
    var force = false

    @Flag(name: .shortAndLong, help: "Print nothing but errors and the final summary line; no progress.")
    var quiet = false

    @Option(help: "After a successful run, delete all but the N most recent runs under <corpus>/runs/.")
    var keepRuns: Int?

    func validate() throws {
        if stage != nil, from != nil { throw ValidationError("--stage and --from cannot be used together") }
        if let shard {
            guard stage != nil else { throw ValidationError("--shard needs --stage: each stage is sharded and merged on its own") }
            do { _ = try ShardSpec(parsing: shard) } catch { throw ValidationError("\(error)") }
            if keepRuns != nil { throw ValidationError("--keep-runs cannot be used with --shard") }
        } else if force, stage != nil || from != nil {
            throw ValidationError("--force reruns everything; drop --stage/--from")
        }
        if let workers, workers < 0 { throw ValidationError("--workers must be ≥ 0") }
        if let keepRuns, keepRuns < 1 { throw ValidationError("--keep-runs must be ≥ 1") }
        try CommonOptions.checkRunID(runId)
    }

    func run() throws {
        let config = try common.loadConfig()
        let logger = try common.makeLogger()
        let display = quiet ? nil : ProgressDisplay(logger: logger)
        var runner = PipelineRunner(config: config, logger: logger)
        if let display { runner.progress = { display.update($0) } }
        let selection: PipelineRunner.Selection =
            stage.map { .only($0) } ?? from.map { .from($0) } ?? .all(force: force)
        let runID = runId ?? RunLayout.todaysRunID()
        if let shard, let stage {
            let report = try runner.runShard(stage: stage, shard: try ShardSpec(parsing: shard), runID: runID, workers: workers, force: force)
            display?.finishLine()
            print(Self.line(for: report) + " → \(report.output)")
            return
        }
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        if !quiet { print("run \(runID): \(layout.runDirectory.path)") }
        let reports: [StageReport]
        do {
            reports = try runner.run(selection: selection, runID: runID, workers: workers) { report in
                display?.finishLine()
                if !quiet { print(Self.line(for: report)) }
            }
        } catch {
            display?.finishLine()
            // One line for cron mail and log scanners; the detailed reason follows on stderr.
            FileHandle.standardError.write(Data("pipeline run \(runID): FAILED\n".utf8))
            throw error
        }
        if let keepRuns {
            let removed = try RunPruner(corpus: config.corpus).prune(keep: keepRuns, current: runID)
            if !removed.isEmpty { logger.notice("removed old runs: \(removed.joined(separator: ", "))") }
        }
        let ran = reports.filter { $0.action == .ran }
        let published = reports.last { $0.counts?.published != nil }?.counts?.published
        var summary = "pipeline run \(runID): ok, \(ran.count) of \(reports.count) stages ran"
        if ran.isEmpty { summary += " (every stage is fresh)" }
        if let published { summary += ", \(published) records in \(layout.corpusPath)" }
        print(summary)
    }

    static func line(for report: StageReport) -> String {
        let name = report.stage.padding(toLength: 10, withPad: " ", startingAt: 0)
        switch report.action {
        case .skipped(let why):
            return "\(name) \(why), skipped"
        case .ran:
            let c = report.counts ?? StageCounts()
            let seconds = String(format: "%.2f", report.seconds ?? 0)
            var text = "\(name) ran: \(c.recordsIn) in, \(c.recordsOut) out, \(c.rejected) rejected"
            if c.filtered > 0 { text += ", \(c.filtered) filtered" }
            if let published = c.published { text += ", \(published) published" }
            return text + " (\(seconds) s)"
        }
    }
}
