import Foundation
import XCTest

@testable import Stages

final class LargeStringSplitterTests: XCTestCase {
    private func split(_ json: String) -> LargeStringSplitter.Split? {
        var json = json
        return json.withUTF8 { LargeStringSplitter.split($0, key: "html") }
    }

    func testDecodesEveryEscapeAsJSONDecoderDoes() throws {
        let html = "<p class=\"a\">x\\y/z\n\t\r\u{08}\u{0C} é ع 😀 \u{00}</p>"
        let line = try String(decoding: JSONEncoder().encode(["id": "1", "html": html]), as: UTF8.self)
        XCTAssertEqual(split(line)?.string, html)
        let escaped = #"{"id": "1", "html": "\u00e9\u0639\ud83d\ude00 \/ \"q\""}"#
        XCTAssertEqual(split(escaped)?.string, "éع😀 / \"q\"")
    }

    func testFindsTheFieldAmongOthers() throws {
        let line = #"{"feed_item": {"title": "a \"html\": b", "n": [1, {"html": 2}]}, "html": "<p>x</p>", "http_status": 200}"#
        let found = try XCTUnwrap(split(line))
        XCTAssertEqual(found.string, "<p>x</p>")
        let bytes = Array(line.utf8)
        XCTAssertEqual(String(decoding: bytes[found.value], as: UTF8.self), #""<p>x</p>""#)
    }

    func testDoubtfulLinesAreLeftToJSONDecoder() {
        XCTAssertNil(split(#"{"id": "1"}"#), "no such field")
        XCTAssertNil(split(#"{"html": null}"#), "not a string")
        XCTAssertNil(split(#"{"html": "a", "html": "b"}"#), "repeated")
        XCTAssertNil(split(#"{"ht\u006dl": "a"}"#), "escaped key")
        XCTAssertNil(split(#"{"html": "\ud83d x"}"#), "lone surrogate")
        XCTAssertNil(split(#"{"html": "\q"}"#), "bad escape")
        XCTAssertNil(split("{\"html\": \"a\nb\"}"), "raw control character")
        XCTAssertNil(split(#"{"html": "unterminated}"#))
        XCTAssertNil(split(#"["html", "a"]"#))
    }

    func testFetchedRecordDecodesTheSameEitherWay() throws {
        let record = FetchedRecord(
            identity: RecordIdentity(id: "p1", source: "feed"), fetch: FetchInfo(),
            html: "<html><body><p>\"quoted\" \\ line\nbreak ✓</p></body></html>")
        let line = try RecordCoding.encode(record)
        let decoder = RecordCoding.makeDecoder()
        XCTAssertEqual(FetchedRecord.decodeSplitting(line, decoder: decoder), record)
        XCTAssertEqual(try decoder.decode(FetchedRecord.self, from: line), record)
    }
}
