import Foundation
import Stages
import XCTest

/// The fetch stage on local sources: folders, URL lists, local feeds and single files.
final class FetchStageLocalTests: XCTestCase {
    /// A context whose config folder is Fixtures/fetch.
    private let fixtures = StageContext.testing(base: Fixtures.url("fetch"))

    func testFilesSourceListsMatchingFilesRecursivelyInByteOrder() throws {
        let base = try FetchTesting.temporaryFolder(for: self)
        for path in [
            "site/b.html", "site/a.html", "site/B.html", "site/sub/c.html", "site/notes.txt", "site/Z.HTML",
            "site/.hidden.html", "site/.drafts/d.html",
        ] {
            try FetchTesting.write(Array("<p>\(path)</p>".utf8), to: path, in: base)
        }
        try FileManager.default.createSymbolicLink(
            atPath: base.appendingPathComponent("site/sub/linked.html").path,
            withDestinationPath: base.appendingPathComponent("site/a.html").path)
        let stage = try FetchStage(options: .init())
        let context = StageContext.testing(base: base)

        let html = try stage.inputs(from: [.files(name: "saved", folder: "site")], context: context)
        let text = try stage.inputs(
            from: [.files(name: "notes", folder: "./site/", pattern: "*.txt")], context: context)

        XCTAssertEqual(
            html.map(\.url), ["site/B.html", "site/a.html", "site/b.html", "site/sub/c.html", "site/sub/linked.html"])
        XCTAssertEqual(html.map(\.id), html.map { Digest.shortID($0.url) })
        XCTAssertEqual(text.map(\.url), ["site/notes.txt"])
    }

    func testURLListSkipsCommentsBlankLinesAndRepeatsAndResolvesPathsAgainstTheList() throws {
        let stage = try FetchStage(options: .init())

        let requests = try stage.inputs(from: [.urlList(name: "picked", path: "sample/urls.txt")], context: fixtures)

        XCTAssertEqual(
            requests.map(\.url),
            ["sample/pages/b.html", "https://news.example.org/a.html", "mailto:desk@news.example.org"])
        XCTAssertEqual(requests.map(\.id), requests.map { Digest.shortID($0.url) })
    }

    func testInlineURLsResolveAgainstTheConfigFolderAndRepeatsAcrossSourcesAreSkippedAndLogged() throws {
        let stage = try FetchStage(options: .init())
        let log = RecordingLogHandler()

        let requests = try stage.inputs(
            from: [
                .urls(name: "one", ["sample/pages/a.html", "https://example.org/x"]),
                .urls(name: "two", ["./sample/pages/../pages/a.html", "https://example.org/y"]),
            ], context: log.context(base: Fixtures.url("fetch")))

        XCTAssertEqual(requests.map(\.url), ["sample/pages/a.html", "https://example.org/x", "https://example.org/y"])
        XCTAssertEqual(requests.map(\.source), ["one", "one", "two"])
        XCTAssertEqual(log.messages.map(\.message), ["skipping a repeated request"])
    }

    func testURLsWithRawArabicAreRecordedPercentEncoded() throws {
        let stage = try FetchStage(options: .init())
        let encoded = "https://example.org/%D8%A3%D8%AE%D8%A8%D8%A7%D8%B1/1.html"

        let requests = try stage.inputs(
            from: [.urls(name: "ar", ["https://example.org/أخبار/1.html", encoded])], context: fixtures)

        XCTAssertEqual(requests.map(\.url), [encoded], "one page, one id")
        XCTAssertEqual(requests.first?.id, Digest.shortID(encoded))
    }

    func testLocalFeedLinksBecomePathsRelativeToTheConfigFolder() throws {
        let stage = try FetchStage(options: .init())

        let requests = try stage.inputs(from: [.feed(name: "sample", url: "sample/feed.xml")], context: fixtures)

        XCTAssertEqual(
            requests.map(\.url),
            ["sample/pages/a.html", "sample/pages/sub/c.html", "https://news.example.org/x.html"],
            "the repeated link and the item without a link are skipped")
        XCTAssertEqual(requests[0].id, Digest.shortID("sample/pages/a.html"))
        XCTAssertEqual(
            requests[0].feedItem,
            FeedItem(title: "Page A", guid: "a", published: "2022-01-31T07:00:00+00:00", summary: "Summary of A"))

        let record = try FetchTesting.record(stage.process(requests[0], context: fixtures))
        XCTAssertEqual(record.identity.source, "sample")
        XCTAssertEqual(record.fetch.url, "sample/pages/a.html")
        XCTAssertNil(record.fetch.fetchedAt, "local files carry no time, so rebuilds are identical")
        XCTAssertNil(record.fetch.httpStatus)
        XCTAssertNil(record.fetch.finalURL)
        XCTAssertEqual(record.fetch.charset, "utf-8")
        XCTAssertEqual(record.fetch.charsetSource, "meta")
        XCTAssertEqual(record.fetch.feedItem?.title, "Page A")
        XCTAssertTrue(record.html.contains("Page A: مرحبا"))
    }

    func testIDsAreTheSameWhereverTheProjectIsCloned() throws {
        let stage = try FetchStage(options: .init())
        var ids: [[String?]] = []
        for _ in 0..<2 {
            let clone = try FetchTesting.temporaryFolder(for: self)
            try FileManager.default.copyItem(
                at: Fixtures.url("fetch/sample"), to: clone.appendingPathComponent("sample"))
            let context = StageContext.testing(base: clone)
            let requests = try stage.inputs(from: [.feed(name: "sample", url: "sample/feed.xml")], context: context)
            let record = try FetchTesting.record(stage.process(requests[0], context: context))
            ids.append(requests.map(\.id) + [record.identity.id, record.fetch.bodySHA256])
        }
        XCTAssertEqual(ids[0], ids[1])
    }

    func testRequestWithoutIDGetsTheIDOfItsRecordedPath() throws {
        let stage = try FetchStage(options: .init())
        let absolute = Fixtures.url("fetch/sample/pages/b.html").standardizedFileURL

        let relative = try FetchTesting.record(
            stage.process(FetchRequest(source: nil, url: "./sample/pages/b.html"), context: fixtures))
        let fileURL = try FetchTesting.record(
            stage.process(FetchRequest(source: nil, url: absolute.absoluteString), context: fixtures))
        let given = try FetchTesting.record(
            stage.process(FetchRequest(id: "mine", source: "s", url: "sample/pages/b.html"), context: fixtures))

        XCTAssertEqual(relative.fetch.url, "sample/pages/b.html")
        XCTAssertEqual(relative.identity.id, Digest.shortID("sample/pages/b.html"))
        XCTAssertEqual(fileURL.identity.id, relative.identity.id)
        XCTAssertEqual(given.identity.id, "mine")
        XCTAssertEqual(relative.fetch.bodySHA256, Digest.sha256Hex(try Fixtures.data("fetch/sample/pages/b.html")))
    }

    func testLocalFailuresAreRejectsWithTheirReason() throws {
        var options = FetchStage.Options()
        options.maxBytes = 100
        let stage = try FetchStage(options: options)
        func reason(_ url: String) throws -> RejectReason {
            try FetchTesting.reject(stage.process(FetchRequest(source: "s", url: url), context: fixtures)).reason
        }

        XCTAssertEqual(try reason("sample/pages/missing.html"), .unreadable)
        XCTAssertEqual(try reason("sample/pages"), .unreadable)
        XCTAssertEqual(try reason("rss.xml"), .tooLarge)
        XCTAssertEqual(try reason("ftp://files.example.org/a.html"), .refusedScheme)
        XCTAssertEqual(try reason("javascript:alert(1)"), .refusedScheme)
        XCTAssertEqual(try reason("http://"), .invalidURL)
    }

    func testUnreadableLocalSourcesAreConfigErrors() throws {
        let stage = try FetchStage(options: .init())
        for source in [
            SourceSpec.feed(name: "f", url: "sample/nowhere.xml"), .feed(name: "f", url: "sample/pages/a.html"),
            .urlList(name: "u", path: "sample/nowhere.txt"), .files(name: "d", folder: "sample/nowhere"),
        ] {
            XCTAssertThrowsError(try stage.inputs(from: [source], context: fixtures)) { error in
                XCTAssertEqual((error as? FetchConfigError)?.key, "sources[\(source.name)]", "\(error)")
            }
        }
    }

    func testOptionsAreCheckedAndEncodeEveryKey() throws {
        var options = FetchStage.Options()
        options.timeoutSeconds = 0.5
        XCTAssertThrowsError(try FetchStage(options: options))
        options = .init()
        options.maxBytes = 0
        XCTAssertThrowsError(try FetchStage(options: options))

        let json = try JSONSerialization.jsonObject(with: JSONEncoder().encode(FetchStage.Options())) as? [String: Any]
        XCTAssertEqual(
            Set(json?.keys.map { $0 } ?? []),
            ["user_agent", "timeout_seconds", "connect_timeout_seconds", "max_bytes", "max_redirects",
             "allow_internal_redirects", "connections", "per_host_connections", "per_host_delay_seconds", "obey_robots",
             "retries", "retry_base_seconds", "max_retry_after_seconds", "recheck_seen_items", "use_feed_content",
             "feed_content_min_chars", "warc_directory", "warc_max_file_bytes"])
        XCTAssertEqual(json?["max_bytes"] as? Int, 50_000_000)
    }
}
