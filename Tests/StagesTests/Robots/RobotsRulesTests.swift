import Stages
import XCTest

/// Group choice, longest match and crawl delay on robots.txt files like the ones sites publish.
final class RobotsRulesTests: XCTestCase {
    private let agent = RobotsSamples.userAgent

    private func rules(_ text: String) -> RobotsRules {
        RobotsRules(parsing: Array(text.utf8))
    }

    func testNewsSiteGroupsForOurAgent() {
        let robots = rules(RobotsSamples.newsSite)
        XCTAssertFalse(robots.isAllowed("/premium/2024/markets.html", userAgent: agent))
        XCTAssertTrue(robots.isAllowed("/search?q=oil", userAgent: agent), "our group replaces the * group")
        XCTAssertFalse(robots.isAllowed("/ar/opinion/2024/comments", userAgent: agent))
        XCTAssertTrue(robots.isAllowed("/ar/opinion/2024/column.html", userAgent: agent))
        XCTAssertFalse(robots.isAllowed("/archive/1998/05/", userAgent: agent), "merged from the upper-case group")
        XCTAssertTrue(robots.isAllowed("/archive/1999/05/", userAgent: agent), "the longer Allow wins")
        XCTAssertTrue(robots.isAllowed("/world/2024/story.html", userAgent: agent))
        XCTAssertEqual(robots.crawlDelay(userAgent: agent), 1.5, "the longer of the merged delays")
    }

    func testNewsSiteDefaultGroupWithWildcards() {
        let robots = rules(RobotsSamples.newsSite)
        let other = "SomeCrawler/2.0 (compatible)"
        XCTAssertFalse(robots.isAllowed("/search?q=oil", userAgent: other))
        XCTAssertTrue(robots.isAllowed("/search/about", userAgent: other))
        XCTAssertFalse(robots.isAllowed("/world/story.html?utm_source=x", userAgent: other))
        XCTAssertTrue(robots.isAllowed("/world/story.html?page=2", userAgent: other))
        XCTAssertFalse(robots.isAllowed("/world/print/123", userAgent: other))
        XCTAssertFalse(robots.isAllowed("/data/feed.json", userAgent: other))
        XCTAssertTrue(robots.isAllowed("/data/feed.json?v=2", userAgent: other), "$ anchors the end")
        XCTAssertTrue(robots.isAllowed("/api/public/latest", userAgent: other))
        XCTAssertFalse(robots.isAllowed("/api/private", userAgent: other))
        XCTAssertEqual(robots.crawlDelay(userAgent: other), 2)
        XCTAssertNil(robots.crawlDelay(userAgent: "Googlebot/2.1"), "Googlebot's group gives no delay")
    }

    func testBlockedAgentsMayStillReadRobotsFile() {
        let robots = rules(RobotsSamples.newsSite)
        XCTAssertFalse(robots.isAllowed("/", userAgent: "GPTBot/1.0"))
        XCTAssertFalse(robots.isAllowed("/news/", userAgent: "ccbot"))
        XCTAssertTrue(robots.isAllowed("/robots.txt", userAgent: "GPTBot/1.0"))
        XCTAssertTrue(robots.isAllowed("/news/", userAgent: "Googlebot-News"))
        XCTAssertFalse(robots.isAllowed("/drafts/x", userAgent: "Googlebot-News"))
    }

    func testProductTokenMatchesWholeTokenOnly() {
        let robots = rules("User-agent: corpus-pipeline/0.1\nDisallow: /a\n\nUser-agent: corpus\nDisallow: /b\n")
        XCTAssertFalse(robots.isAllowed("/a", userAgent: agent), "a versioned user-agent line names the token")
        XCTAssertTrue(robots.isAllowed("/b", userAgent: agent))
        XCTAssertTrue(robots.isAllowed("/a", userAgent: "corpus-pipeline-beta/2"), "no prefix matching")
        XCTAssertTrue(robots.isAllowed("/a", userAgent: "Corpus/1"))
        XCTAssertFalse(robots.isAllowed("/b", userAgent: "Corpus/1"))
    }

    func testArabicSiteWithBOMAndCRLF() {
        let robots = RobotsRules(parsing: RobotsSamples.arabicSite)
        XCTAssertFalse(robots.isAllowed("/بحث?q=نفط", userAgent: agent), "the BOM does not hide the first line")
        XCTAssertFalse(robots.isAllowed("/%D8%A8%D8%AD%D8%AB", userAgent: agent), "encoded path, raw pattern")
        XCTAssertFalse(robots.isAllowed("/أرشيف/2020/", userAgent: agent), "raw path, lower-case encoded pattern")
        XCTAssertTrue(robots.isAllowed("/ar/news/2024/01/story", userAgent: agent))
        XCTAssertFalse(robots.isAllowed("/ar/sport/", userAgent: agent))
        XCTAssertEqual(robots.crawlDelay(userAgent: agent), 10, "Host and Clean-param lines do not end the group")
        XCTAssertTrue(robots.isAllowed("/ar/sport/", userAgent: "Yandex"))
        XCTAssertFalse(robots.isAllowed("/tmp/x", userAgent: "Yandex/3.0"))
        XCTAssertTrue(robots.isAllowed("/tmp/x", userAgent: agent), "only Yandex has /tmp/ refused")
    }

    func testOldCMSFileIsReadLeniently() {
        let robots = RobotsRules(parsing: RobotsSamples.oldCMS)
        let other = "OtherBot"
        XCTAssertTrue(robots.isAllowed("/before-any-agent/", userAgent: other), "rules outside a group are dropped")
        XCTAssertFalse(robots.isAllowed("/cgi-bin/count.pl", userAgent: other))
        XCTAssertFalse(robots.isAllowed("/tmp/upload.php", userAgent: other))
        XCTAssertTrue(robots.isAllowed("/tmp/upload.php?x=1", userAgent: other))
        XCTAssertTrue(robots.isAllowed("/old/page", userAgent: other), "unknown directives are ignored")
        XCTAssertNil(robots.crawlDelay(userAgent: other), "a delay that is not a number is ignored")
        XCTAssertTrue(robots.isAllowed("/cgi-bin/count.pl", userAgent: agent), "empty Disallow allows all")
        XCTAssertFalse(robots.isAllowed("/latin1-%E9t%E9", userAgent: agent), "Latin-1 bytes compare encoded")
    }

    func testNoMatchingGroupAndNoDefaultAllowsAll() {
        let robots = rules("User-agent: Googlebot\nDisallow: /\n")
        XCTAssertTrue(robots.isAllowed("/anything", userAgent: agent))
        XCTAssertNil(robots.crawlDelay(userAgent: agent))
        XCTAssertEqual(rules(""), .allowAll)
    }

    func testAllowAllAndDisallowAll() {
        XCTAssertTrue(RobotsRules.allowAll.isAllowed("/private/x", userAgent: agent))
        XCTAssertFalse(RobotsRules.disallowAll.isAllowed("/", userAgent: agent))
        XCTAssertFalse(RobotsRules.disallowAll.isAllowed("", userAgent: "AnyBot"))
        XCTAssertTrue(RobotsRules.disallowAll.isAllowed("/robots.txt", userAgent: agent))
        XCTAssertNil(RobotsRules.disallowAll.crawlDelay(userAgent: agent))
    }

    func testCrawlDelayForms() {
        func delay(_ value: String) -> Double? {
            rules("User-agent: *\nCrawl-delay: \(value)\n").crawlDelay(userAgent: agent)
        }
        XCTAssertEqual(delay("10"), 10)
        XCTAssertEqual(delay("0.25"), 0.25)
        XCTAssertEqual(delay(".5"), 0.5)
        XCTAssertEqual(delay("3 # seconds"), 3)
        XCTAssertNil(delay("-1"))
        XCTAssertNil(delay("1.2.3"))
        XCTAssertNil(delay("inf"))
        XCTAssertNil(delay(""))
    }
}
