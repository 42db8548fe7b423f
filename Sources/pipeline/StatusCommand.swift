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

    @Flag(help: "Print the status as JSON, for scripts.")
    var json = false

    func validate() throws {
        try CommonOptions.checkRunID(runId)
    }

    func run() throws {
        let config = try common.loadConfig()
        let runner = PipelineRunner(config: config, logger: try common.makeLogger())
        guard let runID = runId ?? RunLayout.lastRunID(corpus: config.corpus) else {
            print("no run yet under \(config.corpus.path): start one with `pipeline run`")
            return
        }
        let statuses = try runner.status(runID: runID)
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
            let rows = statuses.map { StatusRow(runID: runID, status: $0) }
            print(String(decoding: try encoder.encode(rows), as: UTF8.self))
            return
        }
        print("run \(runID)")
        let rows = statuses.map { status -> [String] in
            let m = status.manifest
            var state = status.state.label
            if case .stale(let why) = status.state { state += " (\(why))" }
            return [status.stage, state, m.map { "\($0.counts.recordsIn)" } ?? "-",
                    m.map { "\($0.counts.recordsOut)" } ?? "-", m.map { "\($0.counts.rejected)" } ?? "-",
                    m.map { String(format: "%.2f", $0.seconds) } ?? "-"]
        }
        print(Table(header: ["stage", "state", "in", "out", "rejected", "seconds"], rows: rows).rendered)
        for status in statuses {
            guard let sources = status.manifest?.counts.sources, !sources.isEmpty else { continue }
            print("\n\(status.stage) by source")
            let rows = sources.keys.sorted().map { name -> [String] in
                let c = sources[name]!
                return [name, "\(c.recordsIn)", "\(c.recordsOut)", "\(c.filterReasons["not_modified", default: 0])",
                        "\(c.filterReasons["seen", default: 0])", "\(c.rejected)"]
            }
            print(Table(header: ["source", "items", "new", "not modified", "already seen", "failed"], rows: rows).rendered)
        }
    }
}

/// One stage of `status --json`.
private struct StatusRow: Encodable {
    var runID: String
    var stage: String
    var state: String
    var reason: String?
    var manifest: StageManifest?

    init(runID: String, status: StageStatus) {
        self.runID = runID
        stage = status.stage
        state = status.state.label
        if case .stale(let why) = status.state { reason = why }
        manifest = status.manifest
    }

    enum CodingKeys: String, CodingKey {
        case stage, state, reason, manifest
        case runID = "run_id"
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
