import Foundation
import Stages
import XCTest

/// RSS 2.0, Atom and RDF feeds read into `ParsedFeed`, including broken and hostile ones.
final class FeedParserTests: XCTestCase {
    private let parser = FeedParser()

    private func parse(_ xml: String, url: String? = nil) -> ParsedFeed {
        parser.parse(Array(xml.utf8), url: url)
    }

    func testRSSChannelAndItems() throws {
        let feed = parser.parse(
            [UInt8](try Fixtures.data("fetch/rss.xml")), url: "https://news.example.org/feeds/health.xml")

        XCTAssertEqual(feed.format, .rss)
        XCTAssertFalse(feed.bozo)
        XCTAssertEqual(feed.encoding, "utf-8")
        XCTAssertEqual(feed.title, "أخبار الصحة")
        XCTAssertEqual(feed.link, "https://news.example.org/health/")
        XCTAssertEqual(feed.language, "ar")
        XCTAssertEqual(feed.entries.count, 3)

        let first = feed.entries[0]
        XCTAssertEqual(first.title, "افتتاح مستشفى جديد في الرياض", "media:title is not the item's title")
        XCTAssertEqual(first.link, "https://news.example.org/health/2022/01/hospital.html")
        XCTAssertEqual(first.id, "news-2022-0128-001")
        XCTAssertEqual(first.published, "2022-01-28T12:00:00+03:00")
        XCTAssertNil(first.updated)
        XCTAssertEqual(
            first.summary, "أعلنت وزارة الصحة اليوم عن افتتاح مستشفى جديد بسعة 300 سرير.\nالتفاصيل في الداخل.")
        XCTAssertEqual(first.content, [FeedContent(value: "النص الكامل للخبر.", type: "text/html", html: "<p>النص الكامل للخبر.</p>")])
        XCTAssertEqual(first.author, "سارة أحمد")
        XCTAssertEqual(first.tags, [FeedTag(term: "صحة", scheme: "https://news.example.org/topics")])
        XCTAssertEqual(
            first.enclosures,
            [FeedEnclosure(href: "https://news.example.org/img/hospital.jpg", type: "image/jpeg", length: "48213")])

        let second = feed.entries[1]
        XCTAssertEqual(second.title, "Markets close higher & oil steadies")
        XCTAssertEqual(
            second.link, "https://news.example.org/business/2022/01/markets.html", "resolved against the feed URL")
        XCTAssertEqual(second.published, "2022-01-27T18:30:00+00:00")
        XCTAssertEqual(second.summary, "Stocks rose on Thursday <em>after</em> a volatile week.", "double-escaped text")

        let third = feed.entries[2]
        XCTAssertEqual(
            third.link, "https://news.example.org/world/2022/01/permalink.html", "a permalink guid is the link")
        XCTAssertEqual(third.updated, "2022-01-26T08:15:00+00:00")
    }

    func testAtomFeedAndEntries() throws {
        let feed = parser.parse([UInt8](try Fixtures.data("fetch/atom.xml")))

        XCTAssertEqual(feed.format, .atom)
        XCTAssertFalse(feed.bozo)
        XCTAssertEqual(feed.title, "Field notes")
        XCTAssertEqual(
            feed.link, "https://blog.example.net/", "the alternate link, not self, resolved against xml:base")
        XCTAssertEqual(feed.language, "en")

        let first = feed.entries[0]
        XCTAssertEqual(first.title, "Water rationing ends")
        XCTAssertEqual(first.link, "https://blog.example.net/2022/02/water.html")
        XCTAssertEqual(first.id, "tag:blog.example.net,2022:17")
        XCTAssertEqual(first.published, "2022-02-01T09:30:00+01:00")
        XCTAssertEqual(first.updated, "2022-02-02T10:00:00+01:00")
        XCTAssertEqual(first.author, "Lena Ortiz (lena@example.net)")
        XCTAssertEqual(first.tags, [FeedTag(term: "water", scheme: "https://blog.example.net/tags", label: "Water")])
        XCTAssertEqual(first.summary, "The city lifted its water limits.")
        XCTAssertEqual(
            first.content,
            [
                FeedContent(
                    value: "Full text, first paragraph.\nSecond paragraph.", type: "application/xhtml+xml",
                    language: "en")
            ])
        XCTAssertEqual(
            first.enclosures,
            [FeedEnclosure(href: "https://blog.example.net/media/water.mp3", type: "audio/mpeg", length: "1337")])

        let second = feed.entries[1]
        XCTAssertEqual(second.link, "https://blog.example.net/2022/01/report.html", "a link without rel is alternate")
        XCTAssertEqual(second.updated, "2022-01-20T00:00:00+00:00")
        XCTAssertNil(second.published)
        XCTAssertEqual(second.summary, "نص التقرير الكامل.", "the content stands in for a missing summary")
        XCTAssertEqual(second.content.first?.language, "ar")
    }

    func testRDFFeed() throws {
        let feed = parser.parse([UInt8](try Fixtures.data("fetch/rdf.xml")))

        XCTAssertEqual(feed.format, .rdf)
        XCTAssertFalse(feed.bozo)
        XCTAssertEqual(feed.title, "Old-style feed")
        XCTAssertEqual(feed.language, "en-GB")
        XCTAssertEqual(feed.entries.count, 1)
        XCTAssertEqual(feed.entries[0].id, "https://old.example.com/1")
        XCTAssertEqual(feed.entries[0].link, "https://old.example.com/1")
        XCTAssertEqual(feed.entries[0].summary, "First description")
        XCTAssertEqual(feed.entries[0].updated, "2004-01-05T12:00:00-05:00")
        XCTAssertEqual(feed.entries[0].tags, [FeedTag(term: "archive")])
    }

    func testBrokenFeedIsReadInRecoveryModeAndMarkedBozo() {
        let cut = parse("<rss version=\"2.0\"><channel><item><title>Cut off</title><link>https://a.example/1</link>")
        let undeclaredPrefix = parse("<rss><channel><itunes:author>x</itunes:author></channel></rss>")
        let clean = parse("<rss><channel><title>ok</title></channel></rss>")

        XCTAssertTrue(cut.bozo)
        XCTAssertEqual(cut.entries.first?.link, "https://a.example/1")
        XCTAssertTrue(undeclaredPrefix.bozo)
        XCTAssertFalse(clean.bozo)
    }

    func testDocumentsThatAreNotFeeds() {
        XCTAssertNil(parse("<html><body><p>hello</p></body></html>").format)
        XCTAssertTrue(parse("<html/>").bozo)
        XCTAssertTrue(parser.parse([]).bozo)
        XCTAssertTrue(parse("not xml at all").bozo)
    }

    func testDeclaredEncodingIsUsedAndReported() {
        // "Café" in ISO-8859-1.
        let bytes =
            Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><title>Caf".utf8) + [0xE9]
            + Array("</title></channel></rss>".utf8)

        let feed = parser.parse(bytes)

        XCTAssertEqual(feed.encoding, "iso-8859-1")
        XCTAssertEqual(feed.title, "Café")
    }

    func testInternalEntitiesExpandButExternalOnesAreNeverLoaded() throws {
        let folder = try FetchTesting.temporaryFolder(for: self)
        let secret = folder.appendingPathComponent("secret.txt")
        try Data("TOP-SECRET".utf8).write(to: secret)
        let xml = """
            <?xml version="1.0"?>
            <!DOCTYPE rss [
              <!ENTITY org "Example Org">
              <!ENTITY xxe SYSTEM "\(secret.absoluteString)">
            ]>
            <rss><channel><title>News from &org;</title>
            <item><title>Leak: &xxe;</title><link>https://a.example/1</link></item></channel></rss>
            """

        let feed = parse(xml)

        XCTAssertEqual(feed.title, "News from Example Org")
        XCTAssertEqual(feed.entries.count, 1)
        XCTAssertFalse(feed.entries[0].title?.contains("TOP-SECRET") ?? false)
    }

    func testEntityExpansionBombsStaySmall() {
        /// `levels` entities, each referring `fanOut` times to the one below; 10 * fanOut^levels letters.
        func bomb(levels: Int, fanOut: Int) -> String {
            var declarations = "<!ENTITY a0 \"lol lol lo\">"
            for level in 1...levels {
                declarations += "<!ENTITY a\(level) \"\(String(repeating: "&a\(level - 1);", count: fanOut))\">"
            }
            return "<?xml version=\"1.0\"?><!DOCTYPE rss [\(declarations)]><rss><channel><title>&a\(levels);</title>"
                + "</channel></rss>"
        }
        let start = Date()

        let deep = parse(bomb(levels: 9, fanOut: 10))  // 10^10 letters
        let wide = parse(bomb(levels: 3, fanOut: 1000))  // 10^10 letters, within the depth limit

        XCTAssertLessThan(deep.title?.utf8.count ?? 0, 2 << 20)
        XCTAssertLessThan(wide.title?.utf8.count ?? 0, 2 << 20)
        XCTAssertGreaterThan(wide.title?.utf8.count ?? 0, 1000, "expansion stops at the budget, not before")
        XCTAssertLessThan(Date().timeIntervalSince(start), 10)
    }

    func testEncodesInFeedparserShape() throws {
        let feed = parse(
            "<rss><channel><title>T</title><item><title>I</title><link>https://a.example/</link></item></channel></rss>"
        )
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]

        let json = String(decoding: try encoder.encode(feed), as: UTF8.self)

        XCTAssertEqual(
            json,
            #"{"bozo":false,"encoding":"utf-8","entries":[{"content":[],"enclosures":[],"link":"https://a.example/","tags":[],"title":"I"}],"feed":{"title":"T"},"format":"rss"}"#
        )
    }
}
