import Foundation

/// The sections about what the run left out: duplicate clusters and rejects by reason.
extension HTMLReportRenderer {
    func duplicatesSection(_ duplicates: DuplicateSummary) -> String {
        var html =
            "<section id=\"duplicates\">\n<h2>Duplicates</h2>\n"
            + "<p class=\"note\">\(ReportNumbers.grouped(duplicates.records)) records dropped as copies of "
            + "\(ReportNumbers.grouped(duplicates.clusters)) kept records.</p>\n"
        if duplicates.samples.isEmpty { return html + "</section>\n" }
        html +=
            "<p class=\"note\">The largest \(duplicates.samples.count) clusters, each kept record with its dropped copies:</p>\n"
            + "<table>\n<thead><tr><th></th><th>id</th><th>title or first words</th>"
            + "<th class=\"num\">similarity</th><th>method</th></tr></thead>\n"
        for cluster in duplicates.samples {
            html +=
                "<tbody class=\"cluster\">\n<tr><td>kept</td><td dir=\"auto\">\(HTMLEscape.text(cluster.keptID))</td>"
                + "<td dir=\"auto\">\(HTMLEscape.text(cluster.keptTitle ?? "(not found)"))</td><td></td><td></td></tr>\n"
            for member in cluster.members {
                html +=
                    "<tr><td>dropped</td><td dir=\"auto\">\(HTMLEscape.text(member.id))</td>"
                    + "<td dir=\"auto\">\(HTMLEscape.text(member.title))</td>"
                    + "<td class=\"num\">\(String(format: "%.3f", member.similarity))</td>"
                    + "<td>\(HTMLEscape.text(member.method))</td></tr>\n"
            }
            if cluster.size > cluster.members.count {
                html +=
                    "<tr><td colspan=\"5\" class=\"note\">and \(ReportNumbers.grouped(cluster.size - cluster.members.count)) more</td></tr>\n"
            }
            html += "</tbody>\n"
        }
        html += "</table>\n"
        return html + "</section>\n"
    }

    func rejectsSection(_ rejects: [StageRejects]) -> String {
        var html = "<section id=\"rejects\">\n<h2>Rejects</h2>\n"
        if rejects.isEmpty { return html + "<p class=\"note\">No stage rejected anything.</p>\n</section>\n" }
        for stage in rejects {
            html +=
                "<h3 id=\"\(HTMLEscape.anchor("rejects", stage.stage))\">\(HTMLEscape.text(stage.stage)): "
                + "\(ReportNumbers.grouped(stage.total)) rejected</h3>\n"
            for reason in stage.reasons {
                html +=
                    "<h4 id=\"\(HTMLEscape.anchor("reject", stage.stage, reason.reason))\">\(HTMLEscape.text(reason.reason)): "
                    + "\(ReportNumbers.grouped(reason.count))</h4>\n"
                html +=
                    "<table>\n<thead><tr><th>id</th><th class=\"num\">line</th><th>detail</th></tr></thead>\n<tbody>\n"
                for example in reason.examples {
                    html +=
                        "<tr><td dir=\"auto\">\(HTMLEscape.text(example.id ?? "—"))</td><td class=\"num\">\(example.line)</td>"
                        + "<td dir=\"auto\" class=\"detail\">\(HTMLEscape.text(example.detail))</td></tr>\n"
                }
                html += "</tbody>\n</table>\n"
            }
        }
        return html + "</section>\n"
    }
}
