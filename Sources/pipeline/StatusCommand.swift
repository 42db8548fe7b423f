import ArgumentParser
import Foundation
import Stages

struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Show each stage of a run: fresh, stale or missing, with its counts.",
        discussion: """
            Examples:
              pipeline status                      the last run
              pipeline status --run-id 2026-11-24
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "The run to show (default: the last run).")
    var runId: String?

    func run() throws {
        let config = try common.loadConfig()
        let runner = PipelineRunner(config: config, logger: try common.makeLogger())
        guard let runID = runId ?? RunLayout.lastRunID(corpus: config.corpus) else {
            print("no run yet under \(config.corpus.path): start one with `pipeline run`")
            return
        }
        print("run \(runID)")
        let rows = try runner.status(runID: runID).map { status -> [String] in
            let m = status.manifest
            var state = status.state.label
            if case .stale(let why) = status.state { state += " (\(why))" }
            return [status.stage, state, m.map { "\($0.counts.recordsIn)" } ?? "-",
                    m.map { "\($0.counts.recordsOut)" } ?? "-", m.map { "\($0.counts.rejected)" } ?? "-",
                    m.map { String(format: "%.2f", $0.seconds) } ?? "-"]
        }
        print(Table(header: ["stage", "state", "in", "out", "rejected", "seconds"], rows: rows).rendered)
    }
}

/// Columns padded to their widest cell.
struct Table {
    var header: [String]
    var rows: [[String]]

    var rendered: String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0[column].count }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }
}
