import XCTest

@testable import Stages

final class CleanStageTests: XCTestCase {
    func testEnglishArticleKeepsArticleBlocksInOrderWithoutHeadlineAndCaption() throws {
        let record = try CleanTesting.record(CleanTesting.fixture("en_article.html"))
        let all = try CleanTesting.record(CleanTesting.fixture("en_article.html"), options: Self.everything)
        // The headline is the title; the caption is not body text: by default both are left out.
        XCTAssertEqual(record.blocks, all.blocks.filter { $0.kind != .caption && $0.text != record.article.title })
        XCTAssertEqual(record.blocks.first?.kind, .paragraph)
        XCTAssertEqual(record.text, Block.joinedText(record.blocks))
    }

    static var everything: CleanStage.Options {
        var options = CleanStage.Options()
        options.keepCaptions = true
        options.keepLeadHeadings = true
        return options
    }

    func testEnglishArticleWithHeadlineAndCaptionKeepsArticleBlocksInOrder() throws {
        let record = try CleanTesting.record(CleanTesting.fixture("en_article.html"), options: Self.everything)
        XCTAssertEqual(
            record.blocks,
            [
                Block(kind: .heading, text: "Flooding closes coastal road for third day"),
                // The byline is metadata (author), not article text, as in trafilatura.
                Block(
                    kind: .paragraph,
                    text:
                        "The coastal road between Northport and Elm Bay stayed closed on Thursday, the third day in a "
                        + "row, after high tides pushed seawater across a two-mile stretch."),
                Block(
                    kind: .paragraph,
                    text: "Council engineers said the surface had been badly undermined in several places and would "
                        + "need to be inspected before any traffic could return."),
                Block(kind: .heading, text: "Diversions in place"),
                Block(
                    kind: .paragraph,
                    text: "Drivers are being sent inland through Westfield, adding around twenty minutes to the "
                        + "journey at peak times."),
                Block(kind: .listItem, text: "Buses on route 14 will run every 30 minutes."),
                Block(kind: .listItem, text: "The school bus will collect pupils from the Westfield roundabout."),
                Block(
                    kind: .quote,
                    text: "We will not reopen the road until we are sure it is safe for everyone who uses it."),
                Block(kind: .caption, text: "Seawater covers the coastal road near Elm Bay."),
                Block(
                    kind: .paragraph,
                    text: "Residents said they had been warned about the sea wall for years.\n"
                        + "\"It was only a matter of time,\" one said."),
            ])
        XCTAssertEqual(record.text, Block.joinedText(record.blocks))
    }

    func testEnglishBoilerplateIsAbsent() throws {
        let text = try CleanTesting.record(CleanTesting.fixture("en_article.html")).text
        for boilerplate in [
            "cookies", "Sport", "Subscribe today", "Home", "Share", "Related stories", "Sea wall repairs",
            "Topics:", "nobody ever does", "Harbour festival", "newsletter", "All rights reserved", "analytics",
            "display: flex", "|",
        ] {
            XCTAssertFalse(text.contains(boilerplate), "kept boilerplate: \(boilerplate)")
        }
    }

    func testArabicPageWithoutArticleElementDropsFurniture() throws {
        let record = try CleanTesting.record(CleanTesting.fixture("ar_article.html"))
        // The headline is the record's title, not a block.
        XCTAssertEqual(record.blocks.map(\.kind), [.paragraph, .paragraph, .embed, .heading, .paragraph])
        XCTAssertEqual(record.article.title, "قافلة مساعدات تصل إلى مخيمات الشمال السوري")
        XCTAssertTrue(record.blocks[0].text.hasPrefix("وصلت صباح الجمعة قافلة مساعدات إنسانية"))
        XCTAssertEqual(
            record.blocks[4].text, "وأشار ناشطون إلى أن الاحتياجات ما زالت أكبر بكثير من المساعدات التي وصلت حتى الآن.")
        for boilerplate in [
            "الرئيسية", "رياضة", "تابعونا", "شارك", "اقرأ أيضا", "عاصفة ثلجية جديدة", "الأكثر قراءة", "جميع الحقوق",
        ] {
            XCTAssertFalse(record.text.contains(boilerplate), "kept boilerplate: \(boilerplate)")
        }
    }

    func testUTF8TextSurvivesAWrongMetaCharset() throws {
        // The fixture declares windows-1256 but the html field is already UTF-8.
        let record = try CleanTesting.record(CleanTesting.fixture("ar_article.html"))
        XCTAssertTrue(record.text.contains("الأمم المتحدة"))
        XCTAssertFalse(record.text.contains("Ø"))
    }

    func testTextOutsideParagraphsBecomesParagraphBlocks() throws {
        let record = try CleanTesting.record(CleanTesting.fixture("loose_text.html"))
        XCTAssertEqual(
            record.blocks.map(\.text),
            [
                "The harbour will close to leisure craft from Monday while dredging work takes place in the "
                    + "outer basin.",
                "Commercial vessels should contact the harbour master on channel 12 before entering the "
                    + "approach channel.",
                "Issued by the harbour master's office. Further notices will follow as the work progresses.",
            ])
        XCTAssertTrue(record.blocks.allSatisfy { $0.kind == .paragraph })
    }

    func testIdentityAndFetchInfoAreCopied() throws {
        var fetch = FetchInfo()
        fetch.url = "https://news.example/a"
        fetch.finalURL = "https://news.example/a?x=1"
        fetch.httpStatus = 200
        fetch.charset = "utf-8"
        fetch.bodySHA256 = "abc"
        let identity = RecordIdentity(id: "id-1", docID: "doc-1", source: "feed-a")
        let input = FetchedRecord(
            identity: identity, fetch: fetch, html: CleanTesting.page(body: CleanTesting.paragraph))
        guard case .emit(let records) = try CleanStage(options: .init()).process(input, context: .testing()) else {
            return XCTFail("rejected")
        }
        XCTAssertEqual(records.first?.identity, identity)
        XCTAssertEqual(records.first?.fetch, fetch)
    }

    func testLinkListsAndPunctuationBlocksAreDropped() throws {
        let html = CleanTesting.page(
            body: CleanTesting.paragraph
                + "<ul><li><a href='/1'>Markets fall on rate fears</a></li><li><a href='/2'>Oil rises</a></li></ul>"
                + "<p>See <a href='/x'>the full list of the council's decisions for this year</a></p>"
                + "<p>* * *</p><p>—</p>"
                + "<p>Read the <a href='/report'>report</a> published by the council on Monday.</p>")
        let record = try CleanTesting.record(html)
        XCTAssertEqual(
            record.blocks.map(\.text),
            [
                "The committee met on Tuesday to discuss the harbour budget for next year.",
                "Read the report published by the council on Monday.",
            ])
    }

    func testWhitespaceCollapsesAndInlineElementsDoNotGlueWords() throws {
        let html = CleanTesting.page(
            body:
                "<p>  The\n\t<b>harbour</b> <i>closes</i>&nbsp;&nbsp;on <span>Monday</span>.  <br><br> "
                + "Work starts at 7am. </p>"
        )
        XCTAssertEqual(try CleanTesting.record(html).text, "The harbour closes on Monday.\nWork starts at 7am.")
    }

    func testParagraphsInsideQuotesAndListItemsTakeTheirKind() throws {
        let html = CleanTesting.page(
            body: "<blockquote><p>First quoted paragraph.</p><p>Second quoted paragraph.</p></blockquote>"
                + "<ol><li><p>A list item with its own paragraph.</p></li></ol>")
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.blocks.map(\.kind), [.quote, .quote, .listItem])
    }

    func testTheArticleWithMostTextWins() throws {
        let teaser = "<article><h2>Other story</h2><p>A short teaser for another story on the site.</p></article>"
        let main =
            "<article><h1>Main story</h1>" + CleanTesting.paragraph
            + "<p>The harbour budget will rise by four per cent, the committee agreed after a long debate.</p>"
            + "</article>"
        let record = try CleanTesting.record(
            CleanTesting.page(
                body: "<div><p>Loose text before the articles on this page.</p></div>" + teaser + main + teaser))
        XCTAssertEqual(record.article.title, "Main story")
        XCTAssertEqual(record.blocks.first?.text, "The committee met on Tuesday to discuss the harbour budget for next year.")
        XCTAssertEqual(record.blocks.count, 2)
    }

    func testLayoutWrapperNamedLikeASidebarIsKept() throws {
        let html = CleanTesting.page(
            body: "<div class='l-sidebar-fixed'>" + String(repeating: CleanTesting.paragraph, count: 3) + "</div>"
                + "<div class='sidebar'><p>Most read stories of the week from our newsroom.</p></div>")
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.blocks.count, 3)
        XCTAssertFalse(record.text.contains("Most read"))
    }

    func testPageOfBoilerplateIsRejectedAsNoText() throws {
        let html = CleanTesting.page(body: "<nav><a href='/'>Home</a></nav><footer>© 2023 Example</footer>")
        guard case .reject(let reason, _) = try CleanTesting.outcome(html) else { return XCTFail("not rejected") }
        XCTAssertEqual(reason, .noText)
    }
}
