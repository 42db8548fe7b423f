import ArgumentParser
import Foundation
import Stages

#if canImport(Glibc)
import Glibc
#endif

/// The `pipeline` command: parses arguments, runs, prints. Exit codes: 0 done, 1 a stage
/// failed, 2 usage or config error.
@main
struct Pipeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pipeline",
        abstract: "Turn scraped Arabic and English news into clean, deduplicated JSON-lines corpora.",
        discussion: """
            Stages: fetch → clean → split → normalize → extract → dedupe, configured in pipeline.json.

            Examples:
              pipeline run                              run every missing or stale stage
              pipeline run --stage normalize            rerun one stage from its existing input
              pipeline status                           show each stage of the last run
              pipeline verify --rerun                   check the last run's files; rebuild it and compare
              pipeline report                           write an HTML report of the last run
              pipeline stage clean < in.jsonl > out.jsonl   one stage as a Unix filter
              pipeline run --stage clean --shard 0/4    one shard of a stage; pipeline merge clean joins them
              pipeline slurm --array-size 8 --submit    run the whole pipeline as Slurm job arrays
            """,
        version: PipelineVersion.string,
        subcommands: [
            RunCommand.self, StatusCommand.self, VerifyCommand.self, ReportCommand.self, StageCommand.self, FeedCommand.self,
            MergeCommand.self, SlurmCommand.self,
        ]
    )

    static func main() {
        // Past a file-size limit (ulimit -f) write() then fails with EFBIG, reported as an error,
        // instead of SIGXFSZ killing the process midway.
        signal(SIGXFSZ, SIG_IGN)
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            Glibc.exit(ErrorReport.exitCode(for: error, printing: true))
        }
    }
}
