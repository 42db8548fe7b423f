import XCTest

@testable import Stages

final class RawTextStripperTests: XCTestCase {
    private func stripped(_ html: String) -> String? {
        var html = html
        return html.withUTF8 { RawTextStripper.stripped($0) }.map { String(decoding: $0, as: UTF8.self) }
    }

    func testRemovesScriptAndStyleBodiesKeepingTheTags() {
        let page = """
            <head><style type="text/css">p { color: red }</style>\
            <script src="a.js"></script><script>var s = "<p>not text</p>";</script></head>\
            <body><p>Story</p><SCRIPT>x()</SCRIPT></body>
            """
        XCTAssertEqual(
            stripped(page),
            """
            <head><style type="text/css"></style><script src="a.js"></script><script></script></head>\
            <body><p>Story</p><SCRIPT></SCRIPT></body>
            """)
    }

    func testKeepsJSONLDForMetadata() {
        let page = #"<script type="application/LD+JSON">{"headline": "H"}</script><script>track()</script>"#
        XCTAssertEqual(stripped(page), #"<script type="application/LD+JSON">{"headline": "H"}</script><script></script>"#)
    }

    func testEndsAtTheFirstCloseTagAsLibxml2Does() {
        // libxml2 ends a script at the first `</script`, even inside a JavaScript string.
        let page = #"<script>document.write("</scr" + "ipt>"); var a = "</SCRIPT>";</script><p>after</p>"#
        XCTAssertEqual(stripped(page), #"<script></SCRIPT>";</script><p>after</p>"#)
    }

    func testLeavesMarkupThatOnlyLooksLikeAScript() {
        XCTAssertNil(stripped(#"<!-- <script>old()</script> --><p title="<script>">text</p>"#))
        XCTAssertNil(stripped(#"<script src="a.js"/><p>text</p>"#), "a self-closed script has no body in libxml2")
        XCTAssertNil(stripped("<scripts>text</scripts><p>x</p>"))
        XCTAssertNil(stripped("<script>\u{01}binary</script>"), "control characters: left to libxml2")
    }

    func testAnUnclosedScriptRunsToTheEnd() {
        XCTAssertEqual(stripped("<p>a</p><script>var x = 1;"), "<p>a</p><script>")
    }

    func testCleanOutputIsUnchangedByStripping() throws {
        let body = """
            <script>var html = '<p>Injected teaser text that must not appear</p>';</script>\
            <style>.a::after { content: "<p>styled</p>" }</style>\
            <article><h1>Harbour reopens</h1><p>The harbour reopened on Monday after a week of repairs to the sea wall.</p>\
            <script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2023-05-02T08:00:00Z"}</script>\
            <p>Fishing boats were the first to return, followed by the ferry in the afternoon.</p></article>
            """
        let record = try CleanTesting.record(CleanTesting.page(body: body))
        XCTAssertEqual(
            record.blocks.map(\.text),
            [
                "The harbour reopened on Monday after a week of repairs to the sea wall.",
                "Fishing boats were the first to return, followed by the ferry in the afternoon.",
            ])
        XCTAssertEqual(record.article.published?.prefix(10), "2023-05-02")
        XCTAssertEqual(record.article.publishedSource, "json-ld")
    }
}
