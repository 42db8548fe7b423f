import XCTest

@testable import Stages

/// Where the article's text starts and ends, and what inside it is not text.
final class CleanBodyTests: XCTestCase {
    private let body1 = "<p>The council approved the new harbour budget on Tuesday, after a debate of three hours.</p>"
    private let body2 = "<p>Work on the northern quay will begin in spring and last until the end of next year.</p>"

    func testHeadlineDeckAndKickerAboveTheBodyAreLeftOut() throws {
        let html = CleanTesting.page(
            head: "<meta property='og:title' content='Harbour budget approved'>",
            body: "<div class='story'><h3>Local news</h3><h1>Harbour budget approved</h1>"
                + "<h2>Councillors back a four per cent rise</h2>" + body1 + "<h2>What happens next</h2>" + body2
                + "</div>")
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.article.title, "Harbour budget approved")
        XCTAssertEqual(record.blocks.map(\.kind), [.paragraph, .heading, .paragraph])
        XCTAssertEqual(record.blocks[1].text, "What happens next", "a section heading inside the body stays")
    }

    func testLeadHeadingsStayWhenAskedFor() throws {
        var options = CleanStage.Options()
        options.keepLeadHeadings = true
        let html = CleanTesting.page(body: "<div><h1>Harbour budget approved</h1>" + body1 + "</div>")
        let record = try CleanTesting.record(html, options: options)
        XCTAssertEqual(record.blocks.map(\.text).first, "Harbour budget approved")
    }

    func testAPageOfHeadingsAloneKeepsThem() throws {
        let record = try CleanTesting.record(CleanTesting.page(body: "<h2>Schedule</h2><h3>Monday: harbour tour</h3>"))
        XCTAssertEqual(record.blocks.count, 2, "no body paragraph: nothing is a lead")
    }

    func testDateLinesAndBareURLsAreNotText() throws {
        let html = CleanTesting.page(
            body: "<div class='story'><div>Published March 3, 2021 at 4:07 PM</div>"
                + "<p>https://news.example/2021/03/03/harbour-budget-approved</p>" + body1 + body2 + "</div>")
        let record = try CleanTesting.record(html, url: "https://news.example/story")
        XCTAssertEqual(record.blocks.count, 2)
        XCTAssertEqual(record.article.published, "2021-03-03")
        XCTAssertEqual(record.article.publishedSource, "text")
    }

    func testArabicDateLineGivesThePublicationDate() throws {
        let html = CleanTesting.page(
            body: "<div><h1>عنوان الخبر</h1><div class='date'>تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً</div>"
                + "<p>قالت وزارة الصحة إن عدد الإصابات الجديدة تراجع خلال الأسبوع الماضي، وفق بيان رسمي.</p></div>")
        let record = try CleanTesting.record(html, url: "https://ar.example/article/825076")
        XCTAssertEqual(record.article.published, "2020-04-24")
        XCTAssertEqual(record.article.publishedSource, "text")
        XCTAssertFalse(record.text.contains("تم نشره"))
    }

    func testMetaDateWinsOverADateLine() throws {
        let html = CleanTesting.page(
            head: "<meta property='article:published_time' content='2021-03-02T10:00:00Z'>",
            body: "<div>Updated March 3, 2021</div>" + body1)
        XCTAssertEqual(try CleanTesting.record(html).article.publishedSource, "meta")
    }

    func testCaptionsByTagOrClassAreLeftOutUnlessAskedFor() throws {
        let html = CleanTesting.page(
            body: "<div class='story'>" + body1
                + "<figure><img src='a.jpg'><figcaption>The northern quay at low tide.</figcaption></figure>"
                + "<div class='image-caption'>Councillors during the vote. Photo: Ann Lee</div>" + body2 + "</div>")
        XCTAssertEqual(try CleanTesting.record(html).blocks.count, 2)
        var options = CleanStage.Options()
        options.keepCaptions = true
        let kept = try CleanTesting.record(html, options: options)
        XCTAssertEqual(kept.blocks.map(\.kind), [.paragraph, .caption, .caption, .paragraph])
    }

    func testAPageWhoseClassSoupMentionsCaptionsIsNotACaption() throws {
        let html = "<html><body class='f_caption_muted_videos_on permalink'><div>" + body1 + body2
            + "</div></body></html>"
        XCTAssertEqual(try CleanTesting.record(html).blocks.count, 2)
    }

    func testWhatFollowsTheBodyInContainersOfItsOwnIsDropped() throws {
        // A comment policy and a "most read" box written in full sentences, after the body.
        let html = CleanTesting.page(
            body: "<div class='story'>" + body1 + body2
                + "<p>The budget also funds two new pilot boats for the harbour authority.</p>"
                + "<div style='padding:10px'><p>We welcome lively debate: please read our guidelines before you post.</p></div>"
                + "<div class='box'><h4>Most read</h4><div><p>Storm closes the ferry route for the second time this week.</p></div></div>"
                + "</div>")
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.blocks.count, 3)
        XCTAssertFalse(record.text.contains("guidelines"))
        XCTAssertFalse(record.text.contains("Storm"))
    }

    func testBodySplitIntoWrappedCardsIsKeptWhole() throws {
        let card = { (paragraph: String) in "<div class='card'><div class='card-content'>\(paragraph)</div></div>" }
        let html = CleanTesting.page(
            body: "<div id='article-body'>" + card(body1) + card(body2)
                + card("<p>The harbour master said the quay would stay open to fishing boats throughout.</p>")
                + "</div>")
        XCTAssertEqual(try CleanTesting.record(html).blocks.count, 3)
    }

    func testListsInsideTheBodyStayAndTeaserListsDoNotPlaceIt() throws {
        let teasers = (1...6).map {
            "<li>Teaser story number \($0) about something else entirely, with a long summary line.</li>"
        }.joined()
        let html = CleanTesting.page(
            body: "<div class='ticker'><ul>\(teasers)</ul></div><div class='story'>" + body1
                + "<ul><li>New pontoons for visiting yachts.</li><li>A wider slipway for lifeboats.</li></ul></div>")
        let record = try CleanTesting.record(html)
        XCTAssertTrue(record.text.contains("A wider slipway"))
    }

    func testTableRowsBecomeOneParagraphEach() throws {
        let html = CleanTesting.page(
            body: body1 + "<table><tr><th>Pos.</th><th>Driver</th><th>Points</th></tr>"
                + "<tr><td>1</td><td>Kyle Busch</td><td>5040</td></tr></table>")
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.blocks.map(\.text).suffix(2), ["Pos. Driver Points", "1 Kyle Busch 5040"])
    }
}
