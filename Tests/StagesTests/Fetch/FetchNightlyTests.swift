import Foundation
import Logging
import Stages
import XCTest

/// Two nights against a feed that grows between them, through the runner: the second night
/// fetches only the new item and asks for the others with conditional requests.
final class FetchNightlyTests: XCTestCase {
    private func feed(_ items: [Int], port: UInt16) -> LoopbackHTTPServer.Response {
        let entries = items.map { n in
            "<item><title>خبر \(n)</title><link>http://127.0.0.1:\(port)/news/\(n).html</link><guid>news-\(n)</guid>"
                + "<pubDate>Fri, 2\(n) Jan 2022 09:00:00 +0300</pubDate></item>"
        }.joined()
        return .init(
            contentType: "application/rss+xml",
            body: "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>أخبار</title>\(entries)</channel></rss>")
    }

    /// Pages answer with an ETag, and 304 when it is sent back.
    private static func pages(_ request: LoopbackHTTPServer.Request) -> LoopbackHTTPServer.Response? {
        guard request.path.hasPrefix("/news/") else { return nil }
        let etag = "\"\(request.path.hashValue & 0xFFFF)\""
        if request.headers["if-none-match"] == etag { return .init(status: 304) }
        return .init(headers: [("Content-Type", "text/html; charset=utf-8"), ("ETag", etag)],
                     body: Array("<html><body><p>نص الخبر \(request.path)</p></body></html>".utf8))
    }

    private func makeConfig(in folder: TemporaryDirectory, feedURL: String) throws -> PipelineConfig {
        let config: [String: Any] = [
            "corpus": "out",
            "sources": [["name": "news", "type": "feed", "url": feedURL]],
            "fetch": ["per_host_delay_seconds": 0, "retries": 0, "obey_robots": true, "connections": 4],
        ]
        let path = folder.path("pipeline.json")
        try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
        return try PipelineConfig.load(path: path)
    }

    private func fetchedIDs(_ folder: TemporaryDirectory, run: String) throws -> [String] {
        let text = try String(contentsOfFile: folder.path("out/runs/\(run)/fetched.jsonl"), encoding: .utf8)
        return text.split(separator: "\n").map {
            (try! JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["url"] as! String
        }
    }

    private func manifest(_ folder: TemporaryDirectory, run: String) throws -> StageManifest {
        try JSONDecoder().decode(StageManifest.self, from: Data(contentsOf: URL(fileURLWithPath: folder.path("out/runs/\(run)/fetch.manifest.json"))))
    }

    func testTheSecondNightFetchesOnlyNewItemsAndSendsConditionalRequestsForTheRest() throws {
        let server = try LoopbackHTTPServer(routes: [:], handler: Self.pages, stoppingAfter: self)
        server.setRoute("/feed.xml", feed([1, 2], port: server.port))
        let folder = try TemporaryDirectory()
        let runner = PipelineRunner(
            config: try makeConfig(in: folder, feedURL: server.url("/feed.xml")),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))

        try runner.run(selection: .only("fetch"), runID: "night-1")
        XCTAssertEqual(try fetchedIDs(folder, run: "night-1"), [server.url("/news/1.html"), server.url("/news/2.html")])
        XCTAssertEqual(server.requests.filter { $0.path == "/robots.txt" }.count, 1, "robots.txt once per host per run")

        server.setRoute("/feed.xml", feed([3, 1, 2], port: server.port))
        server.clearRequests()
        try runner.run(selection: .only("fetch"), runID: "night-2")

        XCTAssertEqual(try fetchedIDs(folder, run: "night-2"), [server.url("/news/3.html")])
        let pageRequests = server.requests.filter { $0.path.hasPrefix("/news/") }
        XCTAssertEqual(pageRequests.count, 3)
        XCTAssertEqual(pageRequests.filter { $0.headers["if-none-match"] != nil }.map(\.path).sorted(), ["/news/1.html", "/news/2.html"])
        let counts = try manifest(folder, run: "night-2").counts
        XCTAssertEqual(counts.filterReasons, ["not_modified": 2])
        XCTAssertEqual(counts.sources?["news"]?.recordsIn, 3)
        XCTAssertEqual(counts.sources?["news"]?.recordsOut, 1)
        XCTAssertEqual(counts.sources?["news"]?.filterReasons["not_modified"], 2)

        // Rerunning night 2 sees the state as it was before night 2: the same new item again.
        try runner.run(selection: .only("fetch"), runID: "night-2")
        XCTAssertEqual(try fetchedIDs(folder, run: "night-2"), [server.url("/news/3.html")])

        // A third night with an unchanged feed: nothing new; the feed itself answers 304 when it
        // sends an ETag, and here it does not, so the items are rechecked and all filtered.
        server.clearRequests()
        try runner.run(selection: .only("fetch"), runID: "night-3")
        XCTAssertEqual(try fetchedIDs(folder, run: "night-3"), [])
        XCTAssertEqual(try manifest(folder, run: "night-3").counts.filterReasons, ["not_modified": 3])
    }

    func testSeenItemsWithoutValidatorsAreSkippedWithoutARequest() throws {
        let server = try LoopbackHTTPServer(routes: [:], handler: { request in
            request.path.hasPrefix("/news/") ? .init(contentType: "text/html", body: "<p>\(request.path)</p>") : nil
        }, stoppingAfter: self)
        server.setRoute("/feed.xml", feed([1], port: server.port))
        let folder = try TemporaryDirectory()
        let runner = PipelineRunner(
            config: try makeConfig(in: folder, feedURL: server.url("/feed.xml")),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        try runner.run(selection: .only("fetch"), runID: "a")
        server.clearRequests()
        try runner.run(selection: .only("fetch"), runID: "b")
        XCTAssertEqual(try fetchedIDs(folder, run: "b"), [])
        XCTAssertEqual(try manifest(folder, run: "b").counts.filterReasons, ["seen": 1])
        XCTAssertFalse(server.requests.contains { $0.path.hasPrefix("/news/") })
    }

    func testAFeedThatAnswers304GivesNoItems() throws {
        let server = try LoopbackHTTPServer(routes: [:], handler: { request in
            guard request.path == "/feed.xml" else { return Self.pages(request) }
            if request.headers["if-none-match"] == "\"f1\"" { return .init(status: 304) }
            return nil
        }, stoppingAfter: self)
        var withETag = feed([1], port: server.port)
        withETag.headers.append(("ETag", "\"f1\""))
        server.setRoute("/feed.xml", withETag)
        let folder = try TemporaryDirectory()
        let runner = PipelineRunner(
            config: try makeConfig(in: folder, feedURL: server.url("/feed.xml")),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        try runner.run(selection: .only("fetch"), runID: "a")
        try runner.run(selection: .only("fetch"), runID: "b")
        XCTAssertEqual(try fetchedIDs(folder, run: "b"), [])
        XCTAssertEqual(try manifest(folder, run: "b").counts.recordsIn, 0)
    }

    func testAnUnreadableStateFileStopsTheRunWithItsPath() throws {
        let server = try LoopbackHTTPServer(routes: [:], handler: Self.pages, stoppingAfter: self)
        server.setRoute("/feed.xml", feed([1], port: server.port))
        let folder = try TemporaryDirectory()
        let runner = PipelineRunner(
            config: try makeConfig(in: folder, feedURL: server.url("/feed.xml")),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        try FileManager.default.createDirectory(atPath: folder.path("out/state"), withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"pages\": [".utf8).write(to: URL(fileURLWithPath: folder.path("out/state/fetch.json")))
        XCTAssertThrowsError(try runner.run(selection: .only("fetch"), runID: "a")) { error in
            XCTAssertTrue("\(error)".contains("out/state/fetch.json"), "\(error)")
        }
    }
}
