import Foundation
import Stages
import XCTest

/// JSON Feed 1.0 and 1.1 documents read by `FeedParser` into the shape RSS and Atom take.
final class JSONFeedTests: XCTestCase {
    private let parser = FeedParser()

    private func parse(_ json: String, url: String? = "https://news.example.org/feeds/world.json") -> ParsedFeed {
        parser.parse(Array(json.utf8), url: url)
    }

    /// A 1.1 feed as a news site would publish it.
    private let worldFeed = """
        {
          "version": "https://jsonfeed.org/version/1.1",
          "title": "World  news",
          "home_page_url": "/world/",
          "feed_url": "https://news.example.org/feeds/world.json",
          "language": "ar_EG",
          "authors": [{"name": "Newsroom"}],
          "items": [
            {
              "id": "https://news.example.org/world/2024/05/talks.html",
              "url": "2024/05/talks.html",
              "title": "Talks resume in Cairo",
              "content_html": "<p>Negotiators met on <b>Monday</b>.</p><p>Second paragraph &amp; more.</p>",
              "summary": "Negotiators met on Monday.",
              "date_published": "2024-05-06T09:30:00+02:00",
              "date_modified": "2024-05-06T11:00:00Z",
              "authors": [{"url": "https://news.example.org/staff/1"}, {"name": "Mona Saleh"}],
              "tags": ["politics", "Egypt", 7],
              "language": "en",
              "attachments": [
                {"url": "/media/talks.mp3", "mime_type": "audio/mpeg", "size_in_bytes": 1048576},
                {"mime_type": "image/jpeg"}
              ]
            },
            {
              "id": 20240505,
              "external_url": "https://other.example.com/report",
              "title": "External report",
              "content_text": "Plain   text,\\n\\nwith <tags> kept as text.",
              "date_published": "Sun, 05 May 2024 18:00:00 GMT"
            }
          ]
        }
        """

    func testFeedLevelFields() {
        let feed = parse(worldFeed)
        XCTAssertEqual(feed.format, .json)
        XCTAssertFalse(feed.bozo)
        XCTAssertEqual(feed.encoding, "utf-8")
        XCTAssertEqual(feed.title, "World news")
        XCTAssertEqual(feed.link, "https://news.example.org/world/", "resolved against the feed URL")
        XCTAssertEqual(feed.language, "ar-EG")
        XCTAssertEqual(feed.entries.count, 2)
    }

    func testItemFields() {
        let first = parse(worldFeed).entries[0]
        XCTAssertEqual(first.id, "https://news.example.org/world/2024/05/talks.html")
        XCTAssertEqual(first.link, "https://news.example.org/feeds/2024/05/talks.html")
        XCTAssertEqual(first.title, "Talks resume in Cairo")
        XCTAssertEqual(
            first.content,
            [
                FeedContent(
                    value: "Negotiators met on Monday.\nSecond paragraph & more.", type: "text/html", language: "en",
                    html: "<p>Negotiators met on <b>Monday</b>.</p><p>Second paragraph &amp; more.</p>")
            ], "markup kept for use_feed_content")
        XCTAssertEqual(first.summary, "Negotiators met on Monday.")
        XCTAssertEqual(first.published, "2024-05-06T09:30:00+02:00")
        XCTAssertEqual(first.updated, "2024-05-06T11:00:00+00:00")
        XCTAssertEqual(first.author, "Mona Saleh", "the first author with a name")
        XCTAssertEqual(
            first.tags, [FeedTag(term: "politics"), FeedTag(term: "Egypt")], "a tag that is not a string is skipped")
        XCTAssertEqual(
            first.enclosures,
            [FeedEnclosure(href: "https://news.example.org/media/talks.mp3", type: "audio/mpeg", length: "1048576")])
    }

    func testNumericIdExternalURLAndPlainTextContent() {
        let second = parse(worldFeed).entries[1]
        XCTAssertEqual(second.id, "20240505")
        XCTAssertEqual(second.link, "https://other.example.com/report")
        XCTAssertEqual(
            second.content,
            [FeedContent(value: "Plain text, with <tags> kept as text.", type: "text/plain", language: "ar-EG")])
        XCTAssertEqual(second.summary, "Plain text, with <tags> kept as text.", "no summary: the first content")
        XCTAssertEqual(second.published, "2024-05-05T18:00:00+00:00")
        XCTAssertNil(second.updated)
        XCTAssertEqual(second.author, "Newsroom", "an item without authors has the feed's")
        XCTAssertEqual(second.tags, [])
        XCTAssertEqual(second.enclosures, [])
    }

    func testVersion1WithAuthorObjectAndMissingFields() {
        let feed = parse(
            """
            {"version": "https://jsonfeed.org/version/1", "title": "Notes", "home_page_url": "https://blog.example.net/",
             "author": {"name": "Lena Ortiz"},
             "items": [
               {"id": "1", "content_html": "<p>Hello</p>", "url": "https://blog.example.net/1",
                "author": {"name": "Guest Writer"}, "date_published": "not a date"},
               {"id": 2.5, "content_text": "Second"},
               {"title": "no id, no content"},
               "not an item",
               {"id": "4", "title": 42, "tags": "politics", "attachments": {"url": "/x"}, "content_html": "   "}
             ]}
            """, url: nil)
        XCTAssertEqual(feed.format, .json)
        XCTAssertFalse(feed.bozo)
        XCTAssertNil(feed.language)
        XCTAssertEqual(feed.entries.count, 4, "the element that is not an object is skipped")
        XCTAssertEqual(feed.entries[0].author, "Guest Writer")
        XCTAssertNil(feed.entries[0].published, "an unreadable date is left out")
        XCTAssertEqual(feed.entries[0].summary, "Hello")
        XCTAssertEqual(feed.entries[1].id, "2.5")
        XCTAssertEqual(feed.entries[1].author, "Lena Ortiz")
        XCTAssertNil(feed.entries[2].id)
        XCTAssertNil(feed.entries[2].summary)
        XCTAssertEqual(feed.entries[2].content, [])
        XCTAssertNil(feed.entries[3].title, "a title that is not a string")
        XCTAssertEqual(feed.entries[3].tags, [])
        XCTAssertEqual(feed.entries[3].enclosures, [])
        XCTAssertEqual(feed.entries[3].content, [], "blank content_html")
    }

    func testRelativeLinksStayRelativeWithoutFeedURL() {
        let feed = parse(
            #"{"version": "https://jsonfeed.org/version/1.1", "home_page_url": " /home ", "items": [{"id": "a", "url": "p/1"}]}"#,
            url: nil)
        XCTAssertEqual(feed.link, "/home")
        XCTAssertEqual(feed.entries[0].link, "p/1")
    }

    func testBOMAndLeadingBlanksAreJSON() {
        let bytes =
            [0xEF, 0xBB, 0xBF] + Array("\r\n  {\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}".utf8)
        let feed = parser.parse(bytes)
        XCTAssertEqual(feed.format, .json)
        XCTAssertFalse(feed.bozo)
        XCTAssertEqual(feed.entries, [])
    }

    func testJSONThatIsNotAFeed() {
        for json in [
            #"{"version": "1.1", "items": []}"#,
            #"{"version": "https://jsonfeed.org/version/1.1", "title": "no items"}"#,
            #"{"version": "https://jsonfeed.org/version/1.1", "items": {"id": "1"}}"#,
            #"{"type": "FeatureCollection", "features": []}"#,
        ] {
            let feed = parse(json)
            XCTAssertNil(feed.format, json)
            XCTAssertTrue(feed.bozo, json)
            XCTAssertEqual(feed.entries, [], json)
        }
    }

    func testMalformedJSONIsBozo() {
        let truncated = String(worldFeed.prefix(worldFeed.count / 2))
        for json in [
            truncated, "{", "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [,]}", "{} trailing",
        ] {
            let feed = parse(json)
            XCTAssertNil(feed.format, json)
            XCTAssertTrue(feed.bozo, json)
        }
    }

    func testBytesThatAreNotUTF8AreReplacedAndBozo() {
        var bytes = Array(#"{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "1", "title": "caf"#.utf8)
        bytes += [0xE9] + Array(#"!"}]}"#.utf8)
        let feed = parser.parse(bytes)
        XCTAssertEqual(feed.format, .json)
        XCTAssertTrue(feed.bozo)
        XCTAssertEqual(feed.entries.first?.title, "caf\u{FFFD}!")
    }

    func testEncodesInFeedparserShape() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let feed = parse(
            #"{"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [{"id": 7, "title": "A"}]}"#)
        XCTAssertEqual(
            String(decoding: try encoder.encode(feed), as: UTF8.self),
            #"{"bozo":false,"encoding":"utf-8","entries":[{"content":[],"enclosures":[],"id":"7","tags":[],"title":"A"}],"#
                + #""feed":{"title":"T"},"format":"json"}"#)
    }
}
