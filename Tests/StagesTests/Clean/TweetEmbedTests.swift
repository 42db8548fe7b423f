import XCTest

@testable import Stages

final class TweetEmbedTests: XCTestCase {
    func testTwitterBlockquoteBecomesOneEmbedBlock() throws {
        let record = try CleanTesting.record(CleanTesting.fixture("ar_article.html"))
        let embeds = record.blocks.filter { $0.kind == .embed }
        XCTAssertEqual(
            embeds,
            [
                Block(
                    kind: .embed,
                    text: "وصول قافلة مساعدات إلى مخيمات الشمال السوري بعد العاصفة الثلجية #سوريا @UNOCHA "
                        + "pic.twitter.com/AbCdEf1234\n— Hussam Hammoud (@HussamHamoud) January 28, 2022",
                    provider: "twitter", author: "Hussam Hammoud", handle: "@HussamHamoud", date: "2022-01-28",
                    url: "https://twitter.com/HussamHamoud/status/1487085556331446272?ref_src=twsrc%5Etfw")
            ])
        XCTAssertFalse(record.text.contains("widgets.js"))
    }

    func testXTweetVariantWithUnreadableDateUsesTheStatusID() throws {
        let html = CleanTesting.page(
            body: CleanTesting.paragraph
                + "<blockquote class=\"x-tweet\" data-theme=\"dark\"><p lang=\"en\">Ferry services resume at noon.</p>"
                + "&mdash; Port of Northport (@NorthportPort) "
                + "<a href=\"https://x.com/NorthportPort/status/1635566434513846272\">"
                + "yesterday</a></blockquote>")
        let embed = try XCTUnwrap(CleanTesting.record(html).blocks.last)
        XCTAssertEqual(embed.kind, .embed)
        XCTAssertEqual(embed.text, "Ferry services resume at noon.\n— Port of Northport (@NorthportPort) yesterday")
        XCTAssertEqual(embed.author, "Port of Northport")
        XCTAssertEqual(embed.handle, "@NorthportPort")
        XCTAssertEqual(embed.date, "2023-03-14")
    }

    func testVideoAndPostIframesBecomeEmbedsButButtonsDoNot() throws {
        let html = CleanTesting.page(
            body: CleanTesting.paragraph
                + "<iframe src=\"https://www.youtube.com/embed/abc123\" title=\"Harbour flood footage\"></iframe>"
                + "<iframe src=\"//www.instagram.com/p/XyZ/embed\"></iframe>"
                + "<iframe src=\"https://platform.twitter.com/widgets/tweet_button.html?url=x\"></iframe>"
                + "<iframe src=\"https://www.facebook.com/plugins/like.php?href=x\"></iframe>"
                + "<iframe src=\"https://ads.example/banner\"></iframe>")
        let embeds = try CleanTesting.record(html).blocks.filter { $0.kind == .embed }
        XCTAssertEqual(
            embeds,
            [
                Block(
                    kind: .embed, text: "Harbour flood footage", provider: "youtube",
                    url: "https://www.youtube.com/embed/abc123"),
                Block(
                    kind: .embed, text: "https://www.instagram.com/p/XyZ/embed", provider: "instagram",
                    url: "https://www.instagram.com/p/XyZ/embed"),
            ])
    }

    func testIframeEmbedsCanBeTurnedOff() throws {
        var options = CleanStage.Options()
        options.embedIframes = false
        let html = CleanTesting.page(
            body: CleanTesting.paragraph
                + "<iframe src=\"https://www.youtube.com/embed/abc123\" title=\"Video\"></iframe>")
        guard case .emit(let records) = try CleanTesting.outcome(html, options: options) else { return XCTFail() }
        XCTAssertEqual(records.first?.blocks.map(\.kind), [.paragraph])
    }

    func testAuthorAndHandleFromAttribution() {
        XCTAssertEqual(TweetEmbed.author(in: "— Jane Doe (@jdoe) May 1, 2020").name, "Jane Doe")
        XCTAssertEqual(TweetEmbed.author(in: "— Jane Doe (@jdoe) May 1, 2020").handle, "@jdoe")
        XCTAssertNil(TweetEmbed.author(in: "no attribution").handle)
    }
}
