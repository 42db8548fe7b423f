import Foundation
@testable import Stages
import XCTest

final class CanonicalURLTests: XCTestCase {
    func testSpellingsOfOneArticleShareACanonicalForm() {
        let canonical = "https://www.example.com/news/2022/01/28/hasakah?id=7&page=2"
        for spelling in [
            "HTTPS://WWW.Example.COM:443/news/2022/01/28/hasakah/?page=2&id=7",
            "https://www.example.com/news/2022/01/28/hasakah?utm_source=twitter&id=7&page=2&fbclid=IwAR0x",
            "https://www.example.com/news/2022/01/28/hasakah?id=7&page=2#comments",
            "https://www.example.com/news/2022/01/28/hasakah?id=7&utm_medium=social&utm_campaign=x&page=2&gclid=abc",
        ] {
            XCTAssertEqual(CanonicalURL.of(spelling), canonical, spelling)
        }
    }

    func testWhatNamesAnotherPageIsKept() {
        XCTAssertEqual(CanonicalURL.of("http://example.com:8080/a"), "http://example.com:8080/a")
        XCTAssertEqual(CanonicalURL.of("http://example.com"), "http://example.com/")
        XCTAssertEqual(CanonicalURL.of("https://example.com/?p=1"), "https://example.com/?p=1")
        XCTAssertNotEqual(CanonicalURL.of("https://example.com/a?p=1"), CanonicalURL.of("https://example.com/a?p=2"))
        // Repeated keys keep their order; only keys are sorted.
        XCTAssertEqual(CanonicalURL.of("https://e.com/s?tag=b&q=x&tag=a"), "https://e.com/s?q=x&tag=b&tag=a")
        XCTAssertEqual(CanonicalURL.of("https://e.com/%d8%a7%D8%A8"), "https://e.com/%D8%A7%D8%A8")
        XCTAssertEqual(CanonicalURL.of("corpus/sample/pages/a.html"), "corpus/sample/pages/a.html", "paths are left alone")
    }

    func testRequestsForTwoSpellingsOfOnePageAreExpandedOnce() throws {
        let stage = try FetchStage(options: .loopback)
        let requests = try stage.inputs(
            from: [.urls(name: "u", ["https://example.com/a?utm_source=x", "https://EXAMPLE.com/a/", "https://example.com/b"])],
            context: StageContext.testing())
        XCTAssertEqual(requests.map(\.url), ["https://example.com/a?utm_source=x", "https://example.com/b"])
        XCTAssertEqual(requests.first?.id, Digest.shortID("https://example.com/a"))
    }
}
