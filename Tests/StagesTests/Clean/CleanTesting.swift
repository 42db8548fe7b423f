import XCTest

@testable import Stages

/// Runs the clean stage on one page, as the runner would.
enum CleanTesting {
    static func outcome(
        _ html: String, url: String? = "https://news.example/2023/story", feedPublished: String? = nil,
        options: CleanStage.Options = .init()
    ) throws -> StageOutcome<CleanedRecord> {
        var fetch = FetchInfo()
        fetch.url = url
        if let feedPublished { fetch.feedItem = FeedItem(title: "Feed title", published: feedPublished) }
        let record = FetchedRecord(identity: RecordIdentity(id: "page-1", source: "test"), fetch: fetch, html: html)
        return try CleanStage(options: options).process(record, context: .testing())
    }

    /// The cleaned record; fails the test when the page was rejected or filtered.
    static func record(
        _ html: String, url: String? = "https://news.example/2023/story", feedPublished: String? = nil,
        options: CleanStage.Options = .init(), file: StaticString = #filePath, line: UInt = #line
    ) throws -> CleanedRecord {
        switch try outcome(html, url: url, feedPublished: feedPublished, options: options) {
        case .emit(let records) where records.count == 1:
            return records[0]
        case let other:
            XCTFail("expected one record, got \(other)", file: file, line: line)
            throw CleanTestingError.noRecord
        }
    }

    static func fixture(_ name: String) throws -> String {
        try Fixtures.string("clean/" + name)
    }

    /// A minimal page around `head` and `body` markup.
    static func page(head: String = "", body: String) -> String {
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\">\(head)</head><body>\(body)</body></html>"
    }

    /// A body paragraph long enough to be kept.
    static let paragraph = "<p>The committee met on Tuesday to discuss the harbour budget for next year.</p>"
}

enum CleanTestingError: Error { case noRecord }
