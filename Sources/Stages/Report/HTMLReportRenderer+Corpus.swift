/// The sections about what the corpus holds: languages, dates, sources, facts and quantities.
extension HTMLReportRenderer {
    func languagesSection(_ summary: RunSummary) -> String {
        let parts = summary.languages.reduce(0) { $0 + $1.count }
        var html =
            "<section id=\"languages\">\n<h2>Languages</h2>\n"
            + "<p class=\"note\">\(ReportNumbers.grouped(summary.articles)) articles cleaned, "
            + "\(ReportNumbers.grouped(parts)) language parts after split.</p>\n"
        if summary.languages.isEmpty { return html + "<p class=\"note\">No parts.</p>\n</section>\n" }
        html +=
            SVGBarChart(title: "Language parts by language", counts: summary.languages, layout: .columns, unit: "parts")
            .render() + "\n"
        return html + "</section>\n"
    }

    func datesSection(_ summary: RunSummary) -> String {
        "<section id=\"dates\">\n<h2>Dates</h2>\n"
            + dateChart(
                title: "Articles by publication date", histogram: summary.published, unit: "articles",
                missingNote: "articles without a publication date")
            + dateChart(
                title: "Dates mentioned in the text (kept records)", histogram: summary.mentionedDates,
                unit: "mentions", missingNote: nil)
            + "</section>\n"
    }

    private func dateChart(title: String, histogram: DateHistogram, unit: String, missingNote: String?) -> String {
        var html = "<h3>\(HTMLEscape.text(title)), by \(HTMLEscape.text(histogram.grain))</h3>\n"
        if histogram.buckets.isEmpty {
            html += "<p class=\"note\">None.</p>\n"
        } else {
            html +=
                SVGBarChart(
                    title: "\(title), by \(histogram.grain)", counts: histogram.buckets, layout: .columns,
                    unit: unit
                ).render() + "\n"
        }
        var notes: [String] = []
        if histogram.coarser > 0 {
            notes.append(
                "\(ReportNumbers.grouped(histogram.coarser)) less precise than a \(histogram.grain) (a bare year) or unreadable"
            )
        }
        if let missingNote, histogram.missing > 0 {
            notes.append("\(ReportNumbers.grouped(histogram.missing)) \(missingNote)")
        }
        if !notes.isEmpty { html += "<p class=\"note\">\(HTMLEscape.text(notes.joined(separator: "; "))).</p>\n" }
        return html
    }

    func factsSection(_ summary: RunSummary) -> String {
        "<section id=\"facts\">\n<h2>Facts in kept records</h2>\n<div class=\"grid2\">\n"
            + topList(title: "Hashtags", list: summary.hashtags, unit: "occurrences", width: 520)
            + topList(title: "Mentions", list: summary.mentions, unit: "occurrences", width: 520)
            + topList(title: "Attribution sources", list: summary.attributions, unit: "attributions", width: 520)
            + "</div>\n</section>\n"
    }

    func topListSection(id: String, title: String, list: TopList, unit: String) -> String {
        "<section id=\"\(id)\">\n<h2>\(HTMLEscape.text(title))</h2>\n" + topList(title: nil, list: list, unit: unit)
            + "</section>\n"
    }

    /// A bar chart of the top keys with a line on how many there were in all.
    private func topList(title: String?, list: TopList, unit: String, width: Double = 720) -> String {
        var html = title.map { "<div>\n<h3>\(HTMLEscape.text($0))</h3>\n" } ?? "<div>\n"
        if list.top.isEmpty { return html + "<p class=\"note\">None found.</p>\n</div>\n" }
        html +=
            "<p class=\"note\">\(ReportNumbers.grouped(list.total)) \(HTMLEscape.text(unit)), "
            + "\(ReportNumbers.grouped(list.distinct)) distinct"
            + (list.uncounted > 0 ? ", \(ReportNumbers.grouped(list.uncounted)) past the cap on distinct keys" : "")
            + "; the top \(list.top.count):</p>\n"
        html += SVGBarChart(
            title: "\(title ?? "Top") (\(unit))", counts: list.top, layout: .rows, unit: unit, width: width
        )
        .render()
        return html + "\n</div>\n"
    }

    func quantitiesSection(_ quantities: QuantityList) -> String {
        var html =
            "<section id=\"quantities\">\n<h2>Quantities</h2>\n"
            + "<p class=\"note\">\(ReportNumbers.grouped(quantities.total)) quantities in kept records, "
            + "\(ReportNumbers.grouped(quantities.withoutNoun)) without a counted noun. Top counted nouns:</p>\n"
        if quantities.top.isEmpty { return html + "<p class=\"note\">None found.</p>\n</section>\n" }
        html +=
            "<table>\n<thead><tr><th>noun</th><th class=\"num\">times</th><th class=\"num\">total</th></tr></thead>\n<tbody>\n"
        for item in quantities.top {
            html +=
                "<tr><td dir=\"auto\">\(HTMLEscape.text(item.noun))</td><td class=\"num\">\(ReportNumbers.grouped(item.count))</td>"
                + "<td class=\"num\">\(ReportNumbers.amount(item.total))</td></tr>\n"
        }
        return html + "</tbody>\n</table>\n</section>\n"
    }
}
