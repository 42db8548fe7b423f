import Foundation
import XCTest

@testable import Stages

/// The page made from a real sample run: self-contained, escaped, linked, readable in Arabic.
final class HTMLReportRendererTests: XCTestCase {
    func testThePageIsOneSelfContainedFileWithCharts() throws {
        let html = try ReportFixture().html()
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("<meta charset=\"utf-8\">"))
        XCTAssertGreaterThanOrEqual(
            reportMatches("<svg ", in: html).count, 5, "throughput, languages, two date charts, sources…")
        XCTAssertEqual(reportMatches("<svg ", in: html).count, reportMatches("</svg>", in: html).count)
        for fetching in ["<script", "<link", " src=", "url(", "@import", "<iframe", "<img"] {
            XCTAssertFalse(html.contains(fetching), "the page must fetch nothing: found \(fetching)")
        }
        let external = reportMatches("https?://[^\"' <]+", in: html).map { $0[0] }.filter {
            $0 != "http://www.w3.org/2000/svg"
        }
        XCTAssertEqual(external, [])
    }

    func testStageRowsShowTheManifestCounts() throws {
        let fixture = try ReportFixture()
        let summary = try fixture.summarize()
        let html = HTMLReportRenderer().render(summary)
        let split = try XCTUnwrap(summary.stages.first { $0.stage == "split" }?.counts)
        let row = try XCTUnwrap(reportMatches("<tr><td>split</td>(.*?)</tr>", in: html).first?[1])
        let cells = reportMatches("<td[^>]*>(.*?)</td>", in: row).map { $0[1] }
        XCTAssertEqual(Array(cells.prefix(2)), ["\(split.recordsIn)", "\(split.recordsOut)"])
    }

    func testRecordValuesAreEscaped() throws {
        let fixture = try ReportFixture()
        try fixture.editRecords("deduped.jsonl") { record in
            if (record["dedupe"] as! [String: Any])["kept"] as! Bool == false {
                record["title"] = "<script>alert('x')</script> عنوان & \"قول\""
            }
        }
        try fixture.appendReject(
            RejectRecord(
                id: "<b>id</b>", line: 4, stage: "extract", error: "bad<reason>",
                detail: "<script>alert(1)</script>"))
        let html = try fixture.html()
        XCTAssertFalse(html.contains("<script"), "no value may open a tag")
        XCTAssertFalse(html.contains("<b>id"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; عنوان &amp; &quot;قول&quot;"))
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        XCTAssertTrue(html.contains("bad&lt;reason&gt;"))
    }

    func testRejectLinksLeadToTheirExamples() throws {
        let fixture = try ReportFixture()
        try fixture.appendReject(
            RejectRecord(
                id: "injected#ar", line: 2, stage: "normalize", error: "test_injected",
                detail: "an injected reject"))
        // The manifest counts the reject too, as the runner would have.
        try fixture.editObject("normalize.manifest.json") { manifest in
            var counts = manifest["counts"] as! [String: Any]
            counts["rejected"] = 1
            counts["reject_reasons"] = ["test_injected": 1]
            manifest["counts"] = counts
        }
        let html = try fixture.html()
        XCTAssertTrue(html.contains("href=\"#rejects-normalize\""))
        XCTAssertTrue(html.contains("href=\"#reject-normalize-test_injected\""))
        let section = try XCTUnwrap(html.components(separatedBy: "<section id=\"rejects\">").last)
        XCTAssertTrue(section.contains("<h4 id=\"reject-normalize-test_injected\">test_injected: 1</h4>"))
        XCTAssertTrue(section.contains("<td dir=\"auto\">injected#ar</td><td class=\"num\">2</td>"))
        XCTAssertTrue(section.contains("an injected reject"))

        let ids = Set(reportMatches(" id=\"([^\"]+)\"", in: html).map { $0[1] })
        let targets = reportMatches("href=\"#([^\"]+)\"", in: html).map { $0[1] }
        XCTAssertGreaterThan(targets.count, 8)
        for target in targets { XCTAssertTrue(ids.contains(target), "a link to #\(target) with no such id") }
    }

    func testArabicTextIsSetRightToLeft() throws {
        let html = try ReportFixture().html()
        let arabicCells = reportMatches("<td([^>]*)>([^<]*)</td>", in: html).filter { ArabicScript.contains($0[2]) }
        XCTAssertGreaterThan(arabicCells.count, 3, "titles, nouns")
        for cell in arabicCells { XCTAssertTrue(cell[1].contains("dir=\""), "no direction on \(cell[0])") }
        let arabicLabels = reportMatches("<text([^>]*)>(?:<title>[^<]*</title>)?([^<]*)</text>", in: html)
            .filter { ArabicScript.contains($0[2]) }
        XCTAssertGreaterThan(arabicLabels.count, 0, "attribution sources are Arabic")
        for label in arabicLabels { XCTAssertTrue(label[1].contains("direction=\"rtl\""), label[0]) }
    }
}
