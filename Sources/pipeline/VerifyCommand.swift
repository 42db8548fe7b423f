import ArgumentParser
import Foundation
import Stages

#if canImport(Glibc)
import Glibc
#endif

struct VerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check a run's files against its manifests; with --rerun, rebuild it and compare.",
        discussion: """
            Checks every stage's manifest against the files beside it: the output's SHA-256, the \
            output's lines against records out, the rejects file's lines against rejected, \
            corpus.jsonl's lines against published, and the chain: each stage's input hash is the \
            hash of the previous stage's output (fetch reads its sources and has no input file).

            --rerun runs the whole pipeline again, with the current config and code and the same \
            run id, in a temporary corpus (with a copy of <corpus>/state), and compares each \
            stage's output, rejects and corpus.jsonl byte for byte, naming the first line that \
            differs. Pages read from local files give the same bytes; pages fetched over http(s) \
            carry fetched_at (and may have changed on the server), so a rerun of such a run \
            differs from fetch on.

            Exit status: 0 when everything agrees, 1 when something does not.

            Examples:
              pipeline verify                          the last run
              pipeline verify --run-id 2026-11-24 --rerun
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "The run to verify (default: the last run).")
    var runId: String?

    @Flag(help: "Also rerun the whole pipeline in a temporary folder and compare the files.")
    var rerun = false

    @Option(help: "Dispatch workers of the rerun (default: the config's `workers`).")
    var workers: Int?

    func validate() throws {
        try CommonOptions.checkRunID(runId)
        if let workers, workers < 0 { throw ValidationError("--workers must be ≥ 0") }
    }

    func run() throws {
        let config = try common.loadConfig()
        guard let runID = runId ?? RunLayout.lastRunID(corpus: config.corpus) else {
            throw StageError(
                stage: "verify", reason: "no run yet under \(config.corpus.path): start one with `pipeline run`")
        }
        let verifier = RunVerifier(config: config)
        let checks = try verifier.check(runID: runID)
        let comparisons =
            rerun ? try verifier.rerun(runID: runID, logger: try common.makeLogger(), workers: workers) : nil
        print("run \(runID): \(RunLayout(corpus: config.corpus, runID: runID).runDirectory.path)")
        var rows: [[String]] = []
        var failures = 0
        for (index, check) in checks.enumerated() {
            let difference = comparisons?[index].difference
            let rerunCell = comparisons == nil ? "-" : (difference == nil ? "identical" : "differs")
            let details = check.problems + (difference.map { ["\($0)"] } ?? [])
            failures += details.count
            let state = check.isMissing ? "missing" : (check.isOK ? "ok" : "mismatch")
            rows.append([check.stage, state, rerunCell, details.first ?? ""])
            rows += details.dropFirst().map { [check.stage, "", "", $0] }
        }
        print(Table(header: ["stage", "manifest", "rerun", "details"], rows: rows).rendered)
        if failures == 0 {
            print("verify \(runID): ok" + (rerun ? ", and a rerun made the same bytes" : ""))
            return
        }
        print("verify \(runID): \(failures) problem\(failures == 1 ? "" : "s")")
        // Not an error to report but a verdict: exit 1 without a further message.
        throw ExitCode.failure
    }
}
