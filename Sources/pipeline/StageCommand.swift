import ArgumentParser
import Foundation
import Stages

#if canImport(Glibc)
import Glibc
#endif

struct StageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stage",
        abstract: "Run one stage as a Unix filter: JSON lines on standard input, outputs on standard output.",
        discussion: """
            Settings come from the config's section for the stage when --config names a file, \
            else from the defaults. Inputs need only the fields the stage reads:
              fetch: url          clean: id, html (url optional)     split: id, text or blocks
              normalize: id, text (lang, published optional)         extract: id, text (lang optional)
              dedupe: id, text (published optional)
            Rejected lines go to --rejects (default: standard error), one JSON object each.

            Examples:
              pipeline stage clean < fetched.jsonl > cleaned.jsonl
              pipeline stage normalize --config future.json < cases.jsonl > out.jsonl
              echo '{"id":"a","text":"Hello world, this is English."}' | pipeline stage split
            """)

    @Argument(help: "The stage: fetch, clean, split, normalize, extract or dedupe.")
    var name: String

    @Option(name: .shortAndLong, help: "A config file whose section for this stage sets its options.")
    var config: String?

    @Option(help: "Dispatch workers (default 0 = one per core).")
    var workers: Int?

    @Option(help: "Write rejected lines to this file instead of standard error.")
    var rejects: String?

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "warning"

    func validate() throws {
        guard StageRegistry.stage(named: name) != nil else {
            throw ValidationError("unknown stage '\(name)' (stages: \(StageRegistry.names.joined(separator: ", ")))")
        }
        if let workers, workers < 0 { throw ValidationError("--workers must be ≥ 0") }
    }

    func run() throws {
        let pipelineConfig = try config.map { try PipelineConfig.load(path: $0) }
            ?? PipelineConfig.defaults(baseDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        let runner = PipelineRunner(config: pipelineConfig, logger: try CommonOptions.makeLogger(level: logLevel, file: nil))
        // The standard streams as FILE pointers of our own: Swift 6 forbids the shared C globals.
        guard let input = fdopen(STDIN_FILENO, "rb"), let stdoutFile = fdopen(STDOUT_FILENO, "wb"),
            let stderrFile = fdopen(STDERR_FILENO, "wb")
        else { throw StageError(stage: name, reason: "cannot open the standard streams") }
        let output = StreamSink(stdoutFile)
        let rejectFile = try rejects.map { try AtomicFile(path: $0) }
        let rejectSink = rejectFile.map { $0 as RecordSink } ?? StreamSink(stderrFile)
        let counts = try runner.filter(stage: name, input: input, output: output, rejects: rejectSink, workers: workers)
        (rejectSink as? StreamSink)?.flush()
        output.flush()
        try rejectFile?.commit()
        FileHandle.standardError.write(Data(
            "\(name): \(counts.recordsIn) in, \(counts.recordsOut) out, \(counts.rejected) rejected, \(counts.filtered) filtered\n".utf8))
    }
}
