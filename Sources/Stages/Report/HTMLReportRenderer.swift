/// Renders a `RunSummary` as one self-contained HTML page: inline style, inline SVG charts, no
/// script and nothing fetched when it is viewed. Every value from the corpus is escaped, and
/// cells that may hold Arabic carry `dir="auto"` so that they read right to left.
public struct HTMLReportRenderer: Sendable {
    public init() {}

    public func render(_ summary: RunSummary) -> String {
        let id = HTMLEscape.text(summary.runID)
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Run \(id) · pipeline report</title>
            <style>\(ReportStyle.css)</style>
            </head>
            <body>
            <header>
            <h1>Run \(id)</h1>
            <p class="meta">\(HTMLEscape.text(summary.runDirectory)) · generated \(HTMLEscape.text(summary.generatedAt)) \
            · pipeline \(PipelineVersion.string)</p>
            <nav><a href="#stages">Stages</a><a href="#languages">Languages</a><a href="#dates">Dates</a>\
            <a href="#sources">Sources</a><a href="#facts">Facts</a><a href="#quantities">Quantities</a>\
            <a href="#duplicates">Duplicates</a><a href="#rejects">Rejects</a></nav>
            </header>

            """
        html += stagesSection(summary)
        html += languagesSection(summary)
        html += datesSection(summary)
        html += topListSection(id: "sources", title: "Sources", list: summary.sources, unit: "articles")
        html += factsSection(summary)
        html += quantitiesSection(summary.quantities)
        html += duplicatesSection(summary.duplicates)
        html += rejectsSection(summary.rejects)
        if summary.unreadableLines > 0 {
            html +=
                "<p class=\"note rejected\">\(ReportNumbers.grouped(summary.unreadableLines)) output lines could not be read and are left out of the counts.</p>\n"
        }
        return html + "</body>\n</html>\n"
    }

    private func stagesSection(_ summary: RunSummary) -> String {
        var html =
            "<section id=\"stages\">\n<h2>Stages</h2>\n<table>\n<thead><tr><th>stage</th><th class=\"num\">in</th>"
            + "<th class=\"num\">out</th><th class=\"num\">rejected</th><th class=\"num\">filtered</th>"
            + "<th class=\"num\">published</th><th>reasons</th><th class=\"num\">seconds</th>"
            + "<th class=\"num\">records/s</th><th class=\"num\">workers</th></tr></thead>\n<tbody>\n"
        for stage in summary.stages {
            let name = HTMLEscape.text(stage.stage)
            guard let c = stage.counts else {
                html += "<tr><td>\(name)</td><td colspan=\"9\" class=\"note\">not run</td></tr>\n"
                continue
            }
            let rejected =
                c.rejected > 0
                ? "<a class=\"rejected\" href=\"#\(HTMLEscape.anchor("rejects", stage.stage))\">\(ReportNumbers.grouped(c.rejected))</a>"
                : "0"
            html +=
                "<tr><td>\(name)</td><td class=\"num\">\(ReportNumbers.grouped(c.recordsIn))</td>"
                + "<td class=\"num\">\(ReportNumbers.grouped(c.recordsOut))</td><td class=\"num\">\(rejected)</td>"
                + "<td class=\"num\">\(ReportNumbers.grouped(c.filtered))</td>"
                + "<td class=\"num\">\(c.published.map(ReportNumbers.grouped) ?? "")</td>"
                + "<td>\(reasonList(stage: stage.stage, counts: c))</td>"
                + "<td class=\"num\">\(stage.seconds.map(ReportNumbers.seconds) ?? "")</td>"
                + "<td class=\"num\">\(stage.recordsPerSecond.map(ReportNumbers.rate) ?? "")</td>"
                + "<td class=\"num\">\(stage.workers.map(String.init) ?? "")</td></tr>\n"
        }
        html += "</tbody>\n</table>\n"
        let rates = summary.stages.compactMap { s in
            s.recordsPerSecond.map { SVGBarChart.Bar(label: s.stage, value: $0) }
        }
        if !rates.isEmpty {
            html +=
                SVGBarChart(
                    title: "Throughput by stage (input records per second)", bars: rates, layout: .rows,
                    unit: "records/s"
                ).render() + "\n"
        }
        return html + "</section>\n"
    }

    /// Reject reasons linked to their examples, then filter reasons.
    private func reasonList(stage: String, counts: StageCounts) -> String {
        let rejects = counts.rejectReasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        let filters = counts.filterReasons.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
        if rejects.isEmpty, filters.isEmpty { return "" }
        var html = "<ul class=\"reasons\">"
        for (reason, count) in rejects {
            html +=
                "<li>rejected <a href=\"#\(HTMLEscape.anchor("reject", stage, reason))\">\(HTMLEscape.text(reason))</a>: "
                + "\(ReportNumbers.grouped(count))</li>"
        }
        for (reason, count) in filters {
            html += "<li>filtered \(HTMLEscape.text(reason)): \(ReportNumbers.grouped(count))</li>"
        }
        return html + "</ul>"
    }
}
