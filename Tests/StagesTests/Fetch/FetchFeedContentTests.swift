import Foundation
import Stages
import XCTest

/// `use_feed_content`: a feed that carries whole articles gives the pages without fetching them.
final class FetchFeedContentTests: XCTestCase {
    private let article = String(repeating: "<p>قال مصدر أمني إن قوات سوريا الديمقراطية استعادت السيطرة على حي غويران في الحسكة بعد اشتباكات استمرت أياماً.</p>", count: 6)

    private func feed(port: Int) -> String {
        """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>أخبار</title>
        <item><title>كامل</title><link>http://127.0.0.1:\(port)/full.html</link><guid>full</guid>
          <description>ملخص قصير</description><content:encoded><![CDATA[\(article)]]></content:encoded></item>
        <item><title>مختصر</title><link>http://127.0.0.1:\(port)/short.html</link><guid>short</guid>
          <content:encoded><![CDATA[<p>سطر واحد فقط.</p>]]></content:encoded></item>
        </channel></rss>
        """
    }

    func testAFullContentItemIsTakenFromTheFeedAndAShortOneIsFetched() throws {
        let server = try LoopbackHTTPServer(routes: ["/short.html": .init(contentType: "text/html", body: "<p>page</p>")], stoppingAfter: self)
        let folder = try FetchTesting.temporaryFolder(for: self)
        try FetchTesting.write(Array(feed(port: Int(server.port)).utf8), to: "feed.xml", in: folder)
        var options = FetchStage.Options.loopback
        options.useFeedContent = true
        let stage = try FetchStage(options: options)
        let context = StageContext.testing(base: folder)

        let requests = try stage.inputs(from: [.feed(name: "news", url: "feed.xml")], context: context)
        XCTAssertEqual(requests.map { $0.content != nil }, [true, false])
        let full = try FetchTesting.record(stage.process(requests[0], context: context))
        let short = try FetchTesting.record(stage.process(requests[1], context: context))

        XCTAssertEqual(full.html, article)
        XCTAssertEqual(full.fetch.charsetSource, "feed")
        XCTAssertEqual(full.fetch.url, server.url("/full.html"))
        XCTAssertEqual(full.fetch.feedItem?.guid, "full")
        XCTAssertEqual(short.html, "<p>page</p>")
        XCTAssertEqual(server.requests.map(\.path), ["/short.html"], "the full item was not fetched")

        options.useFeedContent = false
        let plain = try FetchStage(options: options).inputs(from: [.feed(name: "news", url: "feed.xml")], context: context)
        XCTAssertEqual(plain.map { $0.content != nil }, [false, false])
    }
}
