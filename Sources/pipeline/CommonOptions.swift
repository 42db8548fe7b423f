import ArgumentParser
import Foundation
import Logging
import Stages

/// Flags every subcommand takes.
struct CommonOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "The config file.")
    var config: String = "pipeline.json"

    @Option(name: .long, help: "Log level: trace, debug, info, notice, warning, error, critical.")
    var logLevel: String = "notice"

    @Option(name: .long, help: "Append log lines to this file instead of standard error.")
    var logFile: String?

    func makeLogger() throws -> Logger {
        try Self.makeLogger(level: logLevel, file: logFile)
    }

    /// The one logger of the process: to standard error, or appended to `file`.
    static func makeLogger(level name: String, file: String?) throws -> Logger {
        guard let level = Logger.Level(rawValue: name) else {
            throw ValidationError("--log-level must be one of: trace, debug, info, notice, warning, error, critical")
        }
        var logger: Logger
        if let file {
            let handler = try FileLogHandler(label: "pipeline", path: file)
            logger = Logger(label: "pipeline") { _ in handler }
        } else {
            logger = Logger(label: "pipeline") { StreamLogHandler.standardError(label: $0) }
        }
        logger.logLevel = level
        return logger
    }

    /// Run ids become folder names under <corpus>/runs/: a `--run-id` with a slash or a leading
    /// dot would leave that folder.
    static func checkRunID(_ runID: String?) throws {
        if let runID, !RunLayout.isValid(runID: runID) {
            throw ValidationError("--run-id may hold letters, digits, '.', '_' and '-' only, and not start with '.'")
        }
    }

    func loadConfig() throws -> PipelineConfig {
        try PipelineConfig.load(path: config)
    }
}
