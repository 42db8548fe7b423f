import Stages
import XCTest

final class SocialExtractorTests: XCTestCase {
    func testHashtagsInsideLinksAreNotHashtags() throws {
        let facts = try extractFacts("انظر https://example.org/page#section و #سوريا_الآن و #Real.")
        XCTAssertEqual(facts.urls.map(\.text), ["https://example.org/page#section"])
        XCTAssertEqual(facts.hashtags.map(\.text), ["#سوريا_الآن", "#Real"])
    }

    func testHashtagNeedsALetterAndAWordStart() throws {
        let facts = try extractFacts("C# is #1 in the list &#39; but #2022Elections counts")
        XCTAssertEqual(facts.hashtags.map(\.text), ["#2022Elections"])
    }

    func testEmailsAreNotMentions() throws {
        let facts = try extractFacts("write to press@un.org, or to @UN_News and (@AJArabic). @averyveryverylonghandle")
        XCTAssertEqual(facts.mentions.map(\.text), ["@UN_News", "@AJArabic"])
    }

    func testMentionsInsideLinksAreSkipped() throws {
        let facts = try extractFacts("read https://medium.com/@writer/post now")
        XCTAssertEqual(facts.urls.map(\.text), ["https://medium.com/@writer/post"])
        XCTAssertEqual(facts.mentions, [])
    }

    func testLinkForms() throws {
        let text = """
            (see www.bbc.co.uk/news), “https://ar.wikipedia.org/wiki/سوريا”، t.co/xyz؛ \
            https://en.wikipedia.org/wiki/Foo_(bar). Not links: and/or, 3.5/10, U.S./Iraq, example.com.
            """
        let facts = try extractFacts(text)
        XCTAssertEqual(
            facts.urls.map(\.text),
            [
                "www.bbc.co.uk/news", "https://ar.wikipedia.org/wiki/سوريا", "t.co/xyz",
                "https://en.wikipedia.org/wiki/Foo_(bar)",
            ])
    }

    func testLinkEndsAtADashAfterIt() throws {
        let facts = try extractFacts("Syrians. pic.twitter.com/tgH9xl3x3c— Hussam")
        XCTAssertEqual(facts.urls.map(\.text), ["pic.twitter.com/tgH9xl3x3c"])
        XCTAssertEqual(facts.urls.first?.start, 9)
    }
}
