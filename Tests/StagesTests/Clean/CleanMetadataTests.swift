import XCTest

@testable import Stages

final class CleanMetadataTests: XCTestCase {
    private func article(
        head: String = "", body: String = CleanTesting.paragraph, url: String? = nil, feed: String? = nil
    )
        throws -> ArticleInfo
    {
        try CleanTesting.record(CleanTesting.page(head: head, body: body), url: url, feedPublished: feed).article
    }

    private func jsonLD(_ json: String) -> String { "<script type=\"application/ld+json\">\(json)</script>" }

    func testEnglishFixtureMetadata() throws {
        let record = try CleanTesting.record(
            CleanTesting.fixture("en_article.html"), url: "https://harbour.example/news/flooding?utm_source=feed")
        var expected = ArticleInfo()
        expected.title = "Flooding closes coastal road for third day"
        expected.published = "2023-11-02T08:15:00+00:00"
        expected.publishedSource = "json-ld"
        expected.author = "Jane Carter"
        expected.canonicalURL = "https://harbour.example/news/2023/flooding-coastal-road"
        expected.siteName = "Harbour Gazette"
        expected.htmlLang = "en-GB"
        XCTAssertEqual(record.article, expected)
    }

    func testArabicFixtureMetadataFromJSONLDGraph() throws {
        let article = try CleanTesting.record(CleanTesting.fixture("ar_article.html"), url: nil).article
        XCTAssertEqual(article.title, "قافلة مساعدات تصل إلى مخيمات الشمال السوري")
        XCTAssertEqual(article.published, "2022-01-28T12:00:00+03:00")
        XCTAssertEqual(article.publishedSource, "json-ld")
        XCTAssertEqual(article.author, "ليلى حداد")
        XCTAssertEqual(article.siteName, "شبكة الأخبار")
        XCTAssertEqual(article.htmlLang, "ar")
        XCTAssertNil(article.canonicalURL)
    }

    func testJSONLDObjectArrayAndGraph() throws {
        let object = #"{"@type": "NewsArticle", "datePublished": "2021-05-04T10:00:00+02:00", "author": "Sam Lee"}"#
        let array = #"""
            [{"@type": "BreadcrumbList"},
             {"@type": ["Article"], "datePublished": "2021-05-04", "author": [{"name": "A. One"}, {"name": "B. Two"}]}]
            """#
        let graph = #"""
            {"@context": "https://schema.org",
             "@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"},
                        {"@type": "BlogPosting", "datePublished": "2021-05-04T08:00:00Z"}]}
            """#
        var info = try article(head: jsonLD(object))
        XCTAssertEqual(info.published, "2021-05-04T10:00:00+02:00")
        XCTAssertEqual(info.author, "Sam Lee")
        info = try article(head: jsonLD(array))
        XCTAssertEqual(info.published, "2021-05-04")
        XCTAssertEqual(info.author, "A. One, B. Two")
        info = try article(head: jsonLD(graph))
        XCTAssertEqual(info.published, "2021-05-04T08:00:00Z")
        XCTAssertEqual(info.publishedSource, "json-ld")
    }

    func testJSONLDWithRawLineBreaksAndCommentWrapperStillParses() throws {
        let script =
            "<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Two\nlines\", \"datePublished\": \"2021-05-04\"}\n-->"
        XCTAssertEqual(try article(head: jsonLD(script)).published, "2021-05-04")
    }

    func testBrokenJSONLDFallsBackToMeta() throws {
        let head =
            jsonLD("{\"@type\": \"NewsArticle\", \"datePublished\": ")
            + "<meta name=\"pubdate\" content=\"2019-07-01T09:30:00+0100\">"
        let info = try article(head: head)
        XCTAssertEqual(info.published, "2019-07-01T09:30:00+01:00")
        XCTAssertEqual(info.publishedSource, "meta")
    }

    func testMetaPublishedTimeAndItemprop() throws {
        var info = try article(head: "<meta property=\"article:published_time\" content=\"2022-03-05T14:20:00-05:00\">")
        XCTAssertEqual(info.published, "2022-03-05T14:20:00-05:00")
        XCTAssertEqual(info.publishedSource, "meta")
        info = try article(
            body: "<span itemprop=\"datePublished\" content=\"2022-03-05\"></span>" + CleanTesting.paragraph)
        XCTAssertEqual(info.published, "2022-03-05")
        XCTAssertEqual(info.publishedSource, "meta")
    }

    func testTimeElementInTheArticle() throws {
        let body =
            "<div class=\"latest\"><time datetime=\"2001-01-01\">old</time></div>"
            + "<article><h1>Story</h1><time datetime=\"2022-08-09T06:00:00+03:00\">9 August</time>"
            + CleanTesting.paragraph + "</article>"
        let info = try article(body: body)
        XCTAssertEqual(info.published, "2022-08-09T06:00:00+03:00")
        XCTAssertEqual(info.publishedSource, "time")
    }

    func testURLThenFeedFallbacks() throws {
        var info = try article(url: "https://news.example/2020/06/03/budget-vote")
        XCTAssertEqual(info.published, "2020-06-03")
        XCTAssertEqual(info.publishedSource, "url")
        info = try article(url: "https://news.example/budget-vote", feed: "2020-06-03T05:00:00Z")
        XCTAssertEqual(info.published, "2020-06-03T05:00:00Z")
        XCTAssertEqual(info.publishedSource, "feed")
        info = try article(url: "https://news.example/budget-vote")
        XCTAssertNil(info.published)
        XCTAssertNil(info.publishedSource)
    }

    func testTitleFallsBackFromOGTitleToH1ToTitleWithoutSiteSuffix() throws {
        var info = try article(
            head: "<title>Page | Site</title><meta property=\"og:title\" content=\"  The OG   title \">",
            body: "<h1>The heading</h1>" + CleanTesting.paragraph)
        XCTAssertEqual(info.title, "The OG title")
        info = try article(
            head: "<title>Page | Site</title>", body: "<h1>The <em>heading</em></h1>" + CleanTesting.paragraph)
        XCTAssertEqual(info.title, "The heading")
        info = try article(head: "<title>Budget passes after long debate - Northport News</title>")
        XCTAssertEqual(info.title, "Budget passes after long debate")
        info = try article(head: "<title>Home :: Northport :: Budget passes after long debate</title>")
        XCTAssertEqual(info.title, "Budget passes after long debate")
        info = try article(head: "<title>مجلس النواب يقر الموازنة — الأخبار</title>")
        XCTAssertEqual(info.title, "مجلس النواب يقر الموازنة")
    }

    func testCanonicalFromLinkElseOGURL() throws {
        var info = try article(
            head:
                "<link rel=\"canonical\" href=\"https://news.example/a\">"
                + "<meta property=\"og:url\" content=\"https://news.example/b\">"
        )
        XCTAssertEqual(info.canonicalURL, "https://news.example/a")
        info = try article(head: "<meta property=\"og:url\" content=\"https://news.example/b\">")
        XCTAssertEqual(info.canonicalURL, "https://news.example/b")
    }

    func testHTMLLangAndMetaAuthor() throws {
        let html =
            "<html lang=\"ar-EG\"><head><meta name=\"author\" content=\"سارة علي\"></head>"
            + "<body>\(CleanTesting.paragraph)</body></html>"
        let info = try CleanTesting.record(html).article
        XCTAssertEqual(info.htmlLang, "ar-EG")
        XCTAssertEqual(info.author, "سارة علي")
    }

    func testModifiedFromJSONLDElseMeta() throws {
        var info = try article(head: jsonLD(
            #"{"@type": "NewsArticle", "datePublished": "2022-01-28T12:00:00+03:00", "dateModified": "2022-01-28T12:40:00+03:00"}"#))
        XCTAssertEqual(info.modified, "2022-01-28T12:40:00+03:00")
        XCTAssertEqual(info.modifiedSource, "json-ld")
        info = try article(head: "<meta property=\"article:modified_time\" content=\"2022-03-06T09:00:00Z\">")
        XCTAssertEqual(info.modified, "2022-03-06T09:00:00Z")
        XCTAssertEqual(info.modifiedSource, "meta")
        info = try article()
        XCTAssertNil(info.modified)
    }

    func testHTMLDirection() throws {
        let rtl = try CleanTesting.record("<html lang=\"ar\" dir=\"RTL\"><body>\(CleanTesting.paragraph)</body></html>")
        XCTAssertEqual(rtl.article.htmlDir, "rtl")
        let odd = try CleanTesting.record("<html dir=\"sideways\"><body>\(CleanTesting.paragraph)</body></html>")
        XCTAssertNil(odd.article.htmlDir, "only rtl and ltr are directions")
    }
}
