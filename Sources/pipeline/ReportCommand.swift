import ArgumentParser
import Foundation
import Stages

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write a run's report: one static HTML page, or its summary as JSON.",
        discussion: """
            The page shows each stage's counts, reasons, time and throughput; languages; publication \
            dates and dates mentioned in the text; top sources, hashtags, mentions, attribution \
            sources and counted nouns; duplicate clusters; rejects by reason with examples. It is one \
            file with inline SVG charts and fetches nothing when viewed.

            Examples:
              pipeline report                        the last run, to <corpus>/runs/<id>/report.html
              pipeline report --run-id 2026-11-24 --output /tmp/report.html
              pipeline report --json | jq '.stages[] | {stage, records_per_second}'
            """)

    @OptionGroup var common: CommonOptions

    @Option(help: "The run to report on (default: the last run).")
    var runId: String?

    @Option(help: "Where to write the page (default: <corpus>/runs/<run-id>/report.html).")
    var output: String?

    @Flag(help: "Print the summary as JSON on standard output instead of writing the page.")
    var json = false

    func validate() throws {
        try CommonOptions.checkRunID(runId)
        if json, output != nil { throw ValidationError("--json prints to standard output; drop --output") }
    }

    func run() throws {
        let config = try common.loadConfig()
        guard let runID = runId ?? RunLayout.lastRunID(corpus: config.corpus) else {
            throw StageError(
                stage: "report", reason: "no run yet under \(config.corpus.path): start one with `pipeline run`")
        }
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        let summary = try RunSummarizer().summarize(layout)
        if json {
            let encoder = RecordCoding.makeEncoder()
            encoder.outputFormatting.insert(.prettyPrinted)
            print(String(decoding: try encoder.encode(summary), as: UTF8.self))
            return
        }
        let path = output ?? layout.runDirectory.appendingPathComponent("report.html").path
        try AtomicFile.write(Data(HTMLReportRenderer().render(summary).utf8), to: path)
        print("report: \(path)")
    }
}
