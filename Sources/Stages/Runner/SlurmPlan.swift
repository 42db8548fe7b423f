import Foundation

/// The sbatch scripts that run a pipeline run on Slurm: per stage a job array of shard runs
/// and a merge job (for dedupe: the signature step as the array, the join as the merge). Every
/// job depends on the one before it (`afterok`), so the list is submitted in order, each with
/// the previous job's id.
public struct SlurmPlan: Sendable {
    public struct Settings: Sendable {
        /// The pipeline binary, absolute: every node runs the same file.
        public var binary: String
        /// pipeline.json, absolute.
        public var configPath: String
        public var runID: String
        /// Shards per stage: the job array is 0…arraySize-1.
        public var arraySize: Int
        /// `--partition`, or nil for the cluster's default partition.
        public var partition: String?
        /// `--time` of every job, HH:MM:SS.
        public var time: String
        /// `--cpus-per-task` of every job; also the pipeline's `--workers`.
        public var cpusPerTask: Int
        /// Where the scripts, submit.sh and the jobs' logs go.
        public var outputDirectory: URL

        public init(binary: String, configPath: String, runID: String, arraySize: Int, partition: String?,
                    time: String, cpusPerTask: Int, outputDirectory: URL) {
            self.binary = binary
            self.configPath = configPath
            self.runID = runID
            self.arraySize = arraySize
            self.partition = partition
            self.time = time
            self.cpusPerTask = cpusPerTask
            self.outputDirectory = outputDirectory
        }
    }

    /// One sbatch script.
    public struct Job: Sendable {
        /// `clean shards`, `clean merge`.
        public var title: String
        public var path: String
        public var text: String
    }

    public let settings: Settings
    /// In submission order; each depends on the one before.
    public let jobs: [Job]

    public init(settings: Settings) {
        self.settings = settings
        var jobs: [Job] = []
        for driver in StageRegistry.stages {
            let n = jobs.count
            let shard = "\"${SLURM_ARRAY_TASK_ID}/\(settings.arraySize)\""
            jobs.append(Self.job(n + 1, "\(driver.name) shards", settings, array: true,
                                 ["run", "--stage", driver.name, "--shard", shard] + Self.common(settings)
                                    + ["--workers", "\(settings.cpusPerTask)", "--quiet"], quotedAlready: [shard]))
            jobs.append(Self.job(n + 2, "\(driver.name) merge", settings, array: false,
                                 ["merge", driver.name] + Self.common(settings)))
        }
        self.jobs = jobs
    }

    /// The commands that submit the jobs in order, chaining each to the previous job's id.
    public var submitScript: String {
        var lines = ["#!/bin/bash", "# Submits run \(settings.runID)'s jobs in order; written by `pipeline slurm`.", "set -euo pipefail"]
        for (i, job) in jobs.enumerated() {
            let dependency = i == 0 ? "" : " " + Self.dependencyFlags(on: "${j\(i)%%;*}").joined(separator: " ")
            lines.append("j\(i + 1)=$(sbatch --parsable\(dependency) \(Self.quoted(job.path)))   # \(job.title)")
        }
        lines.append("echo \"submitted: last job ${j\(jobs.count)%%;*}\"")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes every script and submit.sh, executable.
    public func write() throws {
        try FileManager.default.createDirectory(at: settings.outputDirectory, withIntermediateDirectories: true)
        for job in jobs { try Self.writeExecutable(job.text, to: job.path) }
        try Self.writeExecutable(submitScript, to: submitPath)
    }

    public var submitPath: String { settings.outputDirectory.appendingPathComponent("submit.sh").path }

    /// sbatch flags that start a job after `jobID` succeeded, and cancel it if that job failed
    /// (rather than leave it pending forever).
    public static func dependencyFlags(on jobID: String) -> [String] {
        ["--dependency=afterok:\(jobID)", "--kill-on-invalid-dep=yes"]
    }

    private static func common(_ settings: Settings) -> [String] {
        ["--run-id", settings.runID, "--config", settings.configPath]
    }

    private static func job(_ number: Int, _ title: String, _ settings: Settings, array: Bool, _ arguments: [String],
                            quotedAlready: Set<String> = []) -> Job {
        let slug = title.replacingOccurrences(of: " ", with: "-")
        let name = (number < 10 ? "0" : "") + "\(number)-\(slug)"
        let log = settings.outputDirectory.appendingPathComponent(array ? "\(name)-%A_%a.log" : "\(name)-%j.log").path
        var lines = [
            "#!/bin/bash",
            "# Run \(settings.runID): \(title). Written by `pipeline slurm`; submitted by submit.sh after the previous job.",
            "#SBATCH --job-name=pipeline-\(slug)",
        ]
        if array { lines.append("#SBATCH --array=0-\(settings.arraySize - 1)") }
        if let partition = settings.partition { lines.append("#SBATCH --partition=\(partition)") }
        lines += [
            "#SBATCH --time=\(settings.time)",
            "#SBATCH --cpus-per-task=\(settings.cpusPerTask)",
            "#SBATCH --output=\(log)",
            "set -euo pipefail",
            "exec " + ([settings.binary] + arguments).map { quotedAlready.contains($0) ? $0 : quoted($0) }.joined(separator: " "),
        ]
        let path = settings.outputDirectory.appendingPathComponent("\(name).sbatch").path
        return Job(title: title, path: path, text: lines.joined(separator: "\n") + "\n")
    }

    /// As the shell needs it: plain when it holds only safe characters, else single-quoted.
    static func quoted(_ text: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/._:=@%+-,")
        if !text.isEmpty, text.allSatisfy(safe.contains) { return text }
        return "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    private static func writeExecutable(_ text: String, to path: String) throws {
        try AtomicFile.write(Data(text.utf8), to: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: path)
    }
}
