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

    func makeLogger() throws -> Logger {
        guard let level = Logger.Level(rawValue: logLevel) else {
            throw ValidationError("--log-level must be one of: trace, debug, info, notice, warning, error, critical")
        }
        var logger = Logger(label: "pipeline") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = level
        return logger
    }

    func loadConfig() throws -> PipelineConfig {
        try PipelineConfig.load(path: config)
    }
}
