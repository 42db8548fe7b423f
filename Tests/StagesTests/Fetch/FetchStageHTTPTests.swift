import Foundation
import Stages
import XCTest

/// The fetch stage against a loopback HTTP server: pages, statuses, redirects, limits, feeds.
final class FetchStageHTTPTests: XCTestCase {
    private let context = StageContext.testing()

    func testPageOverHTTPIsDecodedWithTheHeaderCharsetAndRecordsTheResponse() throws {
        // windows-1256 bytes whose meta tag lies (says ISO-8859-1): the header wins over it.
        let page = FetchTesting.replacing(
            "charset=windows-1256", with: "charset=iso-8859-1",
            in: [UInt8](try Fixtures.data("fetch/windows-1256.html")))
        let server = try LoopbackHTTPServer(
            routes: [
                "/ar/hospital.html": .init(
                    headers: [
                        ("Content-Type", "text/html; charset=windows-1256"), ("ETag", "\"v1\""),
                        ("Last-Modified", "Fri, 28 Jan 2022 09:00:00 GMT"),
                    ],
                    body: page)
            ], stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)
        let url = server.url("/ar/hospital.html")

        let record = try FetchTesting.record(stage.process(FetchRequest(source: nil, url: url), context: context))

        XCTAssertEqual(record.identity.id, Digest.shortID(url))
        XCTAssertEqual(record.identity.docID, record.identity.id)
        XCTAssertEqual(record.identity.source, "stdin")
        XCTAssertEqual(record.fetch.url, url)
        XCTAssertEqual(record.fetch.finalURL, url)
        XCTAssertEqual(record.fetch.httpStatus, 200)
        XCTAssertEqual(record.fetch.contentType, "text/html; charset=windows-1256")
        XCTAssertEqual(record.fetch.etag, "\"v1\"")
        XCTAssertEqual(record.fetch.lastModified, "Fri, 28 Jan 2022 09:00:00 GMT")
        XCTAssertEqual(record.fetch.charset, "windows-1256")
        XCTAssertEqual(record.fetch.charsetSource, "http")
        XCTAssertEqual(record.fetch.bodySHA256, Digest.sha256Hex(page))
        XCTAssertNotNil(record.fetch.fetchedAt.flatMap { ISO8601DateFormatter().date(from: $0) })
        XCTAssertTrue(record.html.contains("أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد بسعة 300 سرير"))
        XCTAssertEqual(server.requests.first?.headers["user-agent"], FetchStage.Options().userAgent)
    }

    func testNotFoundIsRejectedWithItsStatus() throws {
        let server = try LoopbackHTTPServer(routes: [:], stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)

        let (reason, detail) = try FetchTesting.reject(
            stage.process(FetchRequest(source: "s", url: server.url("/missing.html")), context: context))

        XCTAssertEqual(reason, .httpStatus)
        XCTAssertTrue(detail.contains("404"), detail)
    }

    func testRedirectIsFollowedAndTheFinalURLRecorded() throws {
        let server = try LoopbackHTTPServer(
            routes: [
                "/old": .redirect(to: "/moved/new.html", status: 301),
                "/moved/new.html": .init(contentType: "text/html; charset=utf-8", body: "<p>moved here</p>"),
            ], stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)
        let url = server.url("/old")

        let record = try FetchTesting.record(stage.process(FetchRequest(source: "s", url: url), context: context))

        XCTAssertEqual(record.fetch.url, url)
        XCTAssertEqual(record.fetch.finalURL, server.url("/moved/new.html"))
        XCTAssertEqual(record.identity.id, Digest.shortID(url), "the id follows the requested URL, not the redirect")
        XCTAssertEqual(record.html, "<p>moved here</p>")
    }

    func testBodyLargerThanMaxBytesIsRejectedWithOrWithoutContentLength() throws {
        var unannounced = LoopbackHTTPServer.Response(
            headers: [("Content-Type", "text/html")], body: Array(repeating: 0x61, count: 300_000))
        unannounced.sendsLength = false
        let server = try LoopbackHTTPServer(
            routes: [
                "/big": .init(headers: [("Content-Type", "text/html")], body: Array(repeating: 0x61, count: 5000)),
                "/stream": unannounced,
                "/small": .init(contentType: "text/html", body: String(repeating: "b", count: 1000)),
            ], stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.maxBytes = 1000
        let stage = try FetchStage(options: options)
        func fetch(_ path: String) -> StageOutcome<FetchedRecord> {
            (try? stage.process(FetchRequest(source: "s", url: server.url(path)), context: context)) ?? .filter("threw")
        }

        XCTAssertEqual(try FetchTesting.reject(fetch("/big")).reason, .tooLarge)
        XCTAssertEqual(try FetchTesting.reject(fetch("/stream")).reason, .tooLarge)
        XCTAssertEqual(try FetchTesting.record(fetch("/small")).html.count, 1000, "exactly max_bytes is accepted")
    }

    func testSlowServerIsANetworkRejectAfterTheTimeout() throws {
        let server = try LoopbackHTTPServer(
            routes: ["/slow": .init(contentType: "text/html", body: "late", delay: 3)], stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.timeoutSeconds = 1
        let stage = try FetchStage(options: options)
        let start = Date()

        let (reason, _) = try FetchTesting.reject(
            stage.process(FetchRequest(source: "s", url: server.url("/slow")), context: context))

        XCTAssertEqual(reason, .network)
        XCTAssertGreaterThan(Date().timeIntervalSince(start), 0.9)
        XCTAssertLessThan(Date().timeIntervalSince(start), 2.5)
    }

    func testRefusedConnectionIsANetworkReject() throws {
        let server = try LoopbackHTTPServer(routes: [:], stoppingAfter: self)
        let url = server.url("/page.html")
        server.stop()
        Thread.sleep(forTimeInterval: 0.1)
        let stage = try FetchStage(options: .loopback)

        let (reason, _) = try FetchTesting.reject(stage.process(FetchRequest(source: "s", url: url), context: context))

        XCTAssertEqual(reason, .network)
    }

    func testFeedOverLoopbackExpandsToItsItemsWhichAreThenFetched() throws {
        let feed = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Loop news</title>
            <item><title>Relative</title><link>/news/1.html</link><guid>n1</guid>
              <pubDate>Tue, 01 Feb 2022 10:00:00 +0200</pubDate><description>&lt;p&gt;First &lt;b&gt;story&lt;/b&gt;&lt;/p&gt;</description></item>
            <item><title>Relative to the feed folder</title><link>2.html</link><guid>n2</guid></item>
            <item><title>Local file</title><link>file:///etc/passwd</link></item>
            <item><title>Mail</title><link>mailto:desk@example.org</link></item>
            </channel></rss>
            """
        let server = try LoopbackHTTPServer(
            routes: [
                "/feeds/main.xml": .init(contentType: "application/rss+xml", body: feed),
                "/news/1.html": .init(contentType: "text/html; charset=utf-8", body: "<p>القصة الأولى</p>"),
                "/feeds/2.html": .init(contentType: "text/html", body: "<p>second</p>"),
            ], stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)

        let requests = try stage.inputs(
            from: [.feed(name: "loop", url: server.url("/feeds/main.xml"))], context: context)

        XCTAssertEqual(
            requests.map(\.url), [server.url("/news/1.html"), server.url("/feeds/2.html"), "mailto:desk@example.org"],
            "the file: item of a remote feed is skipped")
        XCTAssertEqual(requests.map(\.id), requests.map { Digest.shortID($0.url) })
        XCTAssertEqual(requests.map(\.source), ["loop", "loop", "loop"])
        XCTAssertEqual(
            requests[0].feedItem,
            FeedItem(title: "Relative", guid: "n1", published: "2022-02-01T10:00:00+02:00", summary: "First story"))

        let first = try FetchTesting.record(stage.process(requests[0], context: context))
        XCTAssertEqual(first.identity.id, requests[0].id)
        XCTAssertEqual(first.identity.source, "loop")
        XCTAssertEqual(first.fetch.feedItem?.guid, "n1")
        XCTAssertEqual(first.html, "<p>القصة الأولى</p>")
        XCTAssertEqual(try FetchTesting.record(stage.process(requests[1], context: context)).html, "<p>second</p>")
        XCTAssertEqual(try FetchTesting.reject(stage.process(requests[2], context: context)).reason, .refusedScheme)
    }

    func testDeadRemoteFeedIsLoggedAndOtherSourcesStillExpand() throws {
        let server = try LoopbackHTTPServer(routes: [:], stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)
        let log = RecordingLogHandler()

        let requests = try stage.inputs(
            from: [.feed(name: "dead", url: server.url("/gone.xml")), .urls(name: "kept", ["https://example.org/a"])],
            context: log.context(base: context.baseDirectory))

        XCTAssertEqual(requests.map(\.url), ["https://example.org/a"])
        XCTAssertEqual(log.messages.map(\.level), [.error])
    }

    func testConcurrentWorkersShareOneStage() throws {
        var routes: [String: LoopbackHTTPServer.Response] = [:]
        for n in 0..<40 {
            routes["/p/\(n).html"] = .init(contentType: "text/html; charset=utf-8", body: "<p>صفحة \(n)</p>")
        }
        let server = try LoopbackHTTPServer(routes: routes, stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)
        let lock = NSLock()
        nonisolated(unsafe) var pages: [Int: String] = [:]
        let context = self.context

        DispatchQueue.concurrentPerform(iterations: 40) { n in
            let outcome = try? stage.process(
                FetchRequest(source: "s", url: server.url("/p/\(n).html")), context: context)
            guard case .emit(let records)? = outcome else { return }
            lock.withLock { pages[n] = records.first?.html }
        }

        XCTAssertEqual(pages.count, 40)
        for n in 0..<40 { XCTAssertEqual(pages[n], "<p>صفحة \(n)</p>") }
    }
}
