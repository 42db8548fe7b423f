import ArgumentParser
import Foundation
import Stages

struct SlurmCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "slurm",
        abstract: "Write (and optionally submit) sbatch scripts that run the pipeline as Slurm job arrays.",
        discussion: """
            For each stage: a job array of --array-size elements, element I running \
            `pipeline run --stage NAME --shard I/N`, then a merge job (`pipeline merge NAME`) that \
            starts after the whole array succeeded. For dedupe the array computes the signatures \
            and the merge is the join that finds the duplicates and writes corpus.jsonl. \
            Every job depends on the one before (afterok, cancelled if that one failed). The jobs \
            call this same binary and the config by absolute path, so both must be readable on \
            every node, and the corpus folder must be shared by them.

            Writes NN-STAGE-shards.sbatch, NN-STAGE-merge.sbatch and submit.sh \
            (the sbatch commands in order) into --output-dir, with each job's log beside them, and \
            prints their paths. Without --submit it prints the commands to run; with --submit it \
            runs them, chaining the job ids sbatch --parsable returns, and prints the ids.

            Examples:
              pipeline slurm --array-size 8 --partition batch --time 02:00:00
              pipeline slurm --array-size 2 --run-id 2026-11-24 --submit
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "The run's folder under <corpus>/runs/ (default: today's date).")
    var runId: String?

    @Option(help: "Slurm partition of every job (default: none, the cluster's default partition).")
    var partition: String?

    @Option(help: "Shards per stage, the job array's size: elements 0…N-1.")
    var arraySize: Int = 4

    @Option(help: "Time limit of every job, HH:MM:SS.")
    var time: String = "01:00:00"

    @Option(help: "CPUs per job, also passed as --workers.")
    var cpusPerTask: Int = 1

    @Option(help: "Where the scripts and job logs go (default: <corpus>/slurm/<run-id>).")
    var outputDir: String?

    @Flag(help: "Submit the jobs with sbatch, in order, instead of printing the commands.")
    var submit = false

    func validate() throws {
        try CommonOptions.checkRunID(runId)
        if arraySize < 1 { throw ValidationError("--array-size must be ≥ 1") }
        if cpusPerTask < 1 { throw ValidationError("--cpus-per-task must be ≥ 1") }
        let parts = time.split(separator: ":", omittingEmptySubsequences: false)
        if parts.count != 3 || parts.contains(where: { $0.isEmpty || Int($0) == nil }) {
            throw ValidationError("--time must be HH:MM:SS (for example 01:30:00)")
        }
    }

    func run() throws {
        let config = try common.loadConfig()
        guard let configFile = config.file else { throw ValidationError("--config must name a file") }
        let runID = runId ?? RunLayout.todaysRunID()
        let folder = outputDir.map { URL(fileURLWithPath: $0).standardizedFileURL }
            ?? config.corpus.appendingPathComponent("slurm").appendingPathComponent(runID)
        let plan = SlurmPlan(settings: .init(
            binary: Self.executablePath(), configPath: configFile.path, runID: runID, arraySize: arraySize,
            partition: partition, time: time, cpusPerTask: cpusPerTask, outputDirectory: folder))
        try plan.write()
        print("run \(runID): \(plan.jobs.count) sbatch scripts in \(folder.path)")
        for job in plan.jobs { print("  \(job.path)   (\(job.title))") }
        guard submit else {
            print("\nsubmit them in order (or run \(plan.submitPath)):")
            print(plan.submitScript.split(separator: "\n").filter { !$0.hasPrefix("#") && $0 != "set -euo pipefail" }.joined(separator: "\n"))
            return
        }
        var previous: String?
        for job in plan.jobs {
            let flags = previous.map { SlurmPlan.dependencyFlags(on: $0) } ?? []
            let id = try Self.sbatch(["--parsable"] + flags + [job.path])
            print("submitted \(job.title): job \(id)")
            previous = id
        }
        print("last job: \(previous ?? "-")")
    }

    /// Runs sbatch and returns the job id it prints (`ID` or `ID;CLUSTER`).
    static func sbatch(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["sbatch"] + arguments
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        let id = text.split(separator: ";").first.map(String.init) ?? ""
        guard process.terminationStatus == 0, !id.isEmpty, Int(id) != nil else {
            throw StageError(stage: "slurm", reason: "sbatch \(arguments.joined(separator: " ")) failed (exit \(process.terminationStatus)): \(text)")
        }
        return id
    }

    /// This binary's absolute path, which the jobs call.
    static func executablePath() -> String {
        if let path = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") { return path }
        let argument = CommandLine.arguments[0]
        return URL(fileURLWithPath: argument, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
            .standardizedFileURL.path
    }
}
