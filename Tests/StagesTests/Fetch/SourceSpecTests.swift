import Foundation
import Stages
import XCTest

/// Decoding pipeline.json's `sources`, and the errors that name the faulty key.
final class SourceSpecTests: XCTestCase {
    private func decode(_ json: String) throws -> [SourceSpec] {
        try JSONDecoder().decode([SourceSpec].self, from: Data(json.utf8))
    }

    /// The coding path (as "sources[1].key") and message of a decoding error.
    private func failure(_ json: String, file: StaticString = #filePath, line: UInt = #line) -> (
        path: String, message: String
    ) {
        do {
            _ = try decode(json)
            XCTFail("expected a decoding error", file: file, line: line)
        } catch let DecodingError.dataCorrupted(context) {
            return (path(context.codingPath), context.debugDescription)
        } catch let DecodingError.keyNotFound(key, context) {
            return (path(context.codingPath + [key]), context.debugDescription)
        } catch let DecodingError.typeMismatch(_, context) {
            return (path(context.codingPath), context.debugDescription)
        } catch {
            XCTFail("unexpected error \(error)", file: file, line: line)
        }
        return ("", "")
    }

    private func path(_ keys: [CodingKey]) -> String {
        keys.reduce("sources") { path, key in key.intValue.map { "\(path)[\($0)]" } ?? "\(path).\(key.stringValue)" }
    }

    func testDecodesEachType() throws {
        let specs = try decode(
            """
            [{"name": "bbc", "type": "feed", "url": "https://feeds.example.org/ar.xml"},
             {"name": "picked", "type": "urls", "urls": ["https://example.org/a", "pages/b.html"]},
             {"name": "list", "type": "urls", "path": "lists/today.txt"},
             {"name": "saved", "type": "files", "path": "corpus/sample/pages"},
             {"name": "text", "type": "files", "path": "notes", "pattern": "*.txt"}]
            """)

        XCTAssertEqual(
            specs,
            [
                .feed(name: "bbc", url: "https://feeds.example.org/ar.xml"),
                .urls(name: "picked", ["https://example.org/a", "pages/b.html"]),
                .urlList(name: "list", path: "lists/today.txt"),
                .files(name: "saved", folder: "corpus/sample/pages"),
                .files(name: "text", folder: "notes", pattern: "*.txt"),
            ])
        XCTAssertEqual(specs[3].pattern, "*.html")
    }

    func testUnknownKeyIsNamed() {
        let (path, message) = failure(
            #"[{"name": "a", "type": "feed", "url": "f.xml"}, {"name": "b", "type": "files", "path": "p", "patern": "*.htm"}]"#
        )

        XCTAssertEqual(path, "sources[1].patern")
        XCTAssertTrue(message.contains("unknown key \"patern\""), message)
        XCTAssertTrue(message.contains("pattern"), "the message lists the keys a files source takes: \(message)")
    }

    func testKeyOfAnotherTypeIsRejected() {
        let (path, message) = failure(#"[{"name": "a", "type": "feed", "url": "f.xml", "pattern": "*.xml"}]"#)

        XCTAssertEqual(path, "sources[0].pattern")
        XCTAssertTrue(message.contains("feed source"), message)
    }

    func testMissingOrConflictingKeys() {
        XCTAssertEqual(failure(#"[{"name": "a", "type": "feed"}]"#).path, "sources[0].url")
        XCTAssertEqual(failure(#"[{"name": "a", "type": "files"}]"#).path, "sources[0].path")
        XCTAssertEqual(failure(#"[{"name": "a", "type": "urls"}]"#).path, "sources[0].urls")
        XCTAssertEqual(failure(#"[{"name": "a", "type": "urls", "urls": [], "path": "x"}]"#).path, "sources[0].path")
        XCTAssertEqual(failure(#"[{"type": "feed", "url": "x"}]"#).path, "sources[0].name")
        XCTAssertEqual(failure(#"[{"name": "", "type": "feed", "url": "x"}]"#).path, "sources[0].name")
    }

    func testUnknownTypeAndWrongValueTypes() {
        let unknown = failure(#"[{"name": "a", "type": "ftp", "path": "x"}]"#)
        XCTAssertEqual(unknown.path, "sources[0].type")
        XCTAssertTrue(unknown.message.contains("feed, urls, files, warc"), unknown.message)
        XCTAssertEqual(failure(#"[{"name": "a", "type": "warc"}]"#).path, "sources[0].path")
        XCTAssertEqual(failure(#"[{"name": "a", "type": "urls", "urls": "https://a"}]"#).path, "sources[0].urls")
        XCTAssertEqual(failure(#"[{"name": 3, "type": "feed", "url": "x"}]"#).path, "sources[0].name")
    }
}
