import Foundation
import XCTest

@testable import Stages

/// The summary of a real sample run agrees with the run's own files.
final class RunSummarizerTests: XCTestCase {
    func testStageCountsAreTheManifests() throws {
        let fixture = try ReportFixture()
        let summary = try fixture.summarize()
        XCTAssertEqual(summary.stages.map(\.stage), StageRegistry.names)
        for stage in summary.stages {
            let manifest = try XCTUnwrap(
                StageManifest.read(from: fixture.layout.manifestPath(StageRegistry.stage(named: stage.stage)!)))
            XCTAssertTrue(stage.ran)
            XCTAssertEqual(stage.counts, manifest.counts, stage.stage)
            XCTAssertEqual(stage.seconds, manifest.seconds)
            if manifest.seconds > 0 {
                XCTAssertEqual(
                    try XCTUnwrap(stage.recordsPerSecond), Double(manifest.counts.recordsIn) / manifest.seconds,
                    accuracy: 1e-9)
            }
        }
        XCTAssertEqual(summary.stages.last?.counts?.published, 6)
        XCTAssertEqual(summary.articles, try fixture.sample.records("cleaned.jsonl").count)
        XCTAssertEqual(summary.unreadableLines, 0)
        XCTAssertTrue(summary.rejects.isEmpty, "the sample rejects nothing")
    }

    func testLanguagesCountTheSplitParts() throws {
        let fixture = try ReportFixture()
        let summary = try fixture.summarize()
        let langs = try fixture.sample.records("split.jsonl").map { $0["lang"] as? String ?? "unknown" }
        let ar = langs.filter { $0 == "ar" }.count
        let en = langs.filter { $0 == "en" }.count
        XCTAssertGreaterThan(ar, 0)
        XCTAssertGreaterThan(en, 0)
        XCTAssertEqual(summary.languages, [CountedKey(key: "ar", count: ar), CountedKey(key: "en", count: en)])
    }

    func testTheMirrorPageIsADuplicateClusterWithItsTitles() throws {
        let fixture = try ReportFixture()
        let summary = try fixture.summarize()
        let records = try fixture.sample.records("deduped.jsonl")
        let dropped = records.filter { ($0["dedupe"] as! [String: Any])["kept"] as! Bool == false }
        XCTAssertEqual(summary.duplicates.records, dropped.count)
        let mirror = try XCTUnwrap(dropped.first { $0["lang"] as? String == "ar" }, "the sample's mirror page")
        let verdict = mirror["dedupe"] as! [String: Any]
        let keptID = verdict["duplicate_of"] as! String
        let cluster = try XCTUnwrap(summary.duplicates.samples.first { $0.keptID == keptID })
        let kept = try XCTUnwrap(records.first { $0["id"] as? String == keptID })
        XCTAssertEqual(cluster.keptTitle, kept["title"] as? String)
        XCTAssertEqual(cluster.size, 1)
        XCTAssertEqual(cluster.members.map(\.id), [mirror["id"] as! String])
        XCTAssertEqual(cluster.members[0].method, "near")
        XCTAssertEqual(cluster.members[0].similarity, verdict["similarity"] as! Double)
        XCTAssertLessThan(cluster.members[0].similarity, 1)
        XCTAssertEqual(cluster.members[0].title, mirror["title"] as? String)
    }

    func testDatesAndFactsCountKeptRecords() throws {
        let fixture = try ReportFixture()
        let summary = try fixture.summarize()
        let articles = try fixture.sample.records("cleaned.jsonl")
        XCTAssertEqual(summary.published.grain, "day")
        let days = Dictionary(
            grouping: articles.compactMap { ($0["published"] as? String)?.prefix(10) }, by: { String($0) })
        XCTAssertEqual(
            summary.published.buckets, days.keys.sorted().map { CountedKey(key: $0, count: days[$0]!.count) })

        let kept = try fixture.sample.records("deduped.jsonl").filter {
            ($0["dedupe"] as! [String: Any])["kept"] as! Bool
        }
        let facts = kept.map { $0["facts"] as! [String: Any] }
        let dates = facts.flatMap { $0["dates"] as! [[String: Any]] }
        XCTAssertEqual(summary.mentionedDates.grain, "month")
        XCTAssertEqual(
            summary.mentionedDates.buckets.reduce(0) { $0 + $1.count } + summary.mentionedDates.coarser, dates.count)
        XCTAssertTrue(summary.mentionedDates.buckets.contains { $0.key == "2022-01" })

        let hashtags = facts.flatMap { $0["hashtags"] as! [[String: Any]] }
        XCTAssertEqual(summary.hashtags.total, hashtags.count)
        XCTAssertTrue(summary.hashtags.top.contains(CountedKey(key: "#DahlanFloods", count: 1)))
        XCTAssertEqual(summary.mentions.total, facts.flatMap { $0["mentions"] as! [[String: Any]] }.count)
        let quantities = facts.flatMap { $0["quantities"] as! [[String: Any]] }
        XCTAssertEqual(summary.quantities.total, quantities.count)
        let families = quantities.filter { $0["noun"] as? String == "families" }
        let item = try XCTUnwrap(summary.quantities.top.first { $0.noun == "families" })
        XCTAssertEqual(item.count, families.count)
        XCTAssertEqual(item.total, families.reduce(0) { $0 + ($1["value"] as! Double) })
        XCTAssertEqual(summary.sources.top, [CountedKey(key: "sample-feed", count: articles.count)])
    }

    func testInjectedRejectsAreGroupedByReasonWithExamples() throws {
        let fixture = try ReportFixture()
        for line in [3, 5, 7, 9] {
            try fixture.appendReject(
                RejectRecord(
                    id: "doc-\(line)#ar", line: line, stage: "normalize", error: "too_short",
                    detail: "text has \(line) letters"))
        }
        try fixture.appendReject(
            RejectRecord(id: nil, line: 2, stage: "normalize", error: "invalid_json", detail: "bad"))
        try Data("not json\n".utf8).write(to: fixture.sample.runDirectory.appendingPathComponent("clean.rejects.jsonl"))
        let rejects = try fixture.summarize().rejects
        XCTAssertEqual(rejects.map(\.stage), ["clean", "normalize"])
        let normalize = rejects[1]
        XCTAssertEqual(normalize.total, 5)
        XCTAssertEqual(normalize.reasons.map(\.reason), ["too_short", "invalid_json"])
        XCTAssertEqual(normalize.reasons[0].count, 4)
        XCTAssertEqual(normalize.reasons[0].examples.map(\.line), [3, 5, 7], "the first three lines as examples")
        XCTAssertEqual(rejects[0].reasons.map(\.reason), ["unreadable_reject_line"])
        XCTAssertEqual(rejects[0].reasons[0].examples.first?.detail, "not json")
    }

    func testAMissingRunIsAStageError() throws {
        let dir = try TemporaryDirectory()
        XCTAssertThrowsError(try RunSummarizer().summarize(RunLayout(corpus: dir.url, runID: "2020-01-01"))) { error in
            let stageError = error as? StageError
            XCTAssertEqual(stageError?.stage, "report")
            XCTAssertTrue(stageError?.reason.contains("2020-01-01") ?? false, "\(error)")
        }
    }

    func testJSONUsesSnakeCaseAndRoundTrips() throws {
        let summary = try ReportFixture().summarize()
        let data = try RecordCoding.encode(summary)
        let text = String(decoding: data, as: UTF8.self)
        for key in ["\"run_id\"", "\"records_per_second\"", "\"mentioned_dates\"", "\"kept_id\"", "\"records_in\""] {
            XCTAssertTrue(text.contains(key), key)
        }
        XCTAssertEqual(try JSONDecoder().decode(RunSummary.self, from: data), summary)
    }
}
