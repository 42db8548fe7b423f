import Stages
import XCTest

/// The examples of RFC 9309 (sections 2.2.2, 2.2.3, 5.1, 5.2) and of Google's robots.txt
/// documentation for precedence.
final class RobotsRFCExamplesTests: XCTestCase {
    private func rules(_ text: String) -> RobotsRules {
        RobotsRules(parsing: Array(text.utf8))
    }

    /// RFC 9309 5.1.
    private let simpleExample = RobotsRules(
        parsing: Array(
            """
            User-Agent: *
            Disallow: *.gif$
            Disallow: /example/
            Allow: /publications/

            User-Agent: foobot
            Disallow:/
            Allow:/example/page.html
            Allow:/example/allowed.gif

            User-Agent: barbot
            User-Agent: bazbot
            Disallow: /example/page.html

            User-Agent: quxbot

            EOF
            """.utf8))

    func testSimpleExampleDefaultGroup() {
        XCTAssertFalse(simpleExample.isAllowed("/images/logo.gif", userAgent: "otherbot"))
        XCTAssertTrue(simpleExample.isAllowed("/images/logo.gif?v=2", userAgent: "otherbot"))
        XCTAssertFalse(simpleExample.isAllowed("/example/x.html", userAgent: "otherbot"))
        XCTAssertTrue(simpleExample.isAllowed("/publications/2022", userAgent: "otherbot"))
    }

    func testSimpleExampleNamedGroups() {
        XCTAssertTrue(simpleExample.isAllowed("/example/page.html", userAgent: "FooBot/1.0"))
        XCTAssertTrue(simpleExample.isAllowed("/example/allowed.gif", userAgent: "foobot"))
        XCTAssertFalse(simpleExample.isAllowed("/example/other.html", userAgent: "foobot"))
        XCTAssertFalse(simpleExample.isAllowed("/", userAgent: "foobot"))
        for bot in ["barbot", "bazbot"] {
            XCTAssertFalse(simpleExample.isAllowed("/example/page.html", userAgent: bot), bot)
            XCTAssertTrue(simpleExample.isAllowed("/example/other.html", userAgent: bot), "\(bot) ignores the * group")
            XCTAssertTrue(simpleExample.isAllowed("/logo.gif", userAgent: bot), bot)
        }
        XCTAssertTrue(simpleExample.isAllowed("/example/page.html", userAgent: "quxbot"), "an empty group allows all")
        XCTAssertTrue(simpleExample.isAllowed("/logo.gif", userAgent: "quxbot"))
    }

    /// RFC 9309 5.2.
    func testLongestMatch() {
        let robots = rules("User-Agent: foobot\nAllow: /example/page/\nDisallow: /example/page/disallowed.gif\n")
        XCTAssertTrue(robots.isAllowed("/example/page/", userAgent: "foobot"))
        XCTAssertTrue(robots.isAllowed("/example/page/allowed.gif", userAgent: "foobot"))
        XCTAssertFalse(robots.isAllowed("/example/page/disallowed.gif", userAgent: "foobot"))
    }

    /// RFC 9309 2.2.2: the percent-encoding table.
    func testPercentEncodingTable() {
        func refuses(_ pattern: String, _ path: String) -> Bool {
            !rules("User-agent: *\nDisallow: \(pattern)\n").isAllowed(path, userAgent: "bot")
        }
        XCTAssertTrue(refuses("/foo/bar?baz=quz", "/foo/bar?baz=quz"))
        XCTAssertTrue(refuses("/foo/bar/ツ", "/foo/bar/%E3%83%84"))
        XCTAssertTrue(refuses("/foo/bar/%E3%83%84", "/foo/bar/ツ"))
        XCTAssertTrue(refuses("/foo/bar/%62%61%7A", "/foo/bar/baz"))
        XCTAssertTrue(refuses("/foo/bar/baz", "/foo/bar/%62%61%7a"))
        XCTAssertFalse(refuses("/a/b", "/a%2Fb"), "an encoded reserved character stays encoded")
        XCTAssertTrue(refuses("/a%2fb", "/a%2Fb"))
    }

    /// RFC 9309 2.2.3: `#` starts a comment, `$` ends, `*` stands for anything.
    func testSpecialCharacters() {
        let robots = rules(
            """
            User-agent: *
            Disallow: /path/file-with-a-#.html
            Allow: /this/path/exactly$
            Disallow: /this/path/
            Disallow: /this/*/exactly
            """)
        XCTAssertFalse(robots.isAllowed("/path/file-with-a-", userAgent: "bot"))
        XCTAssertFalse(robots.isAllowed("/path/file-with-a-b.html", userAgent: "bot"), "the pattern ends at #")
        XCTAssertTrue(robots.isAllowed("/this/path/exactly", userAgent: "bot"))
        XCTAssertFalse(robots.isAllowed("/this/path/exactly/more", userAgent: "bot"))
        XCTAssertFalse(robots.isAllowed("/this/other/exactly", userAgent: "bot"))
        XCTAssertTrue(robots.isAllowed("/that/other/exactly", userAgent: "bot"))
    }

    /// Google's precedence examples: the longer pattern wins; on a tie the less restrictive.
    func testPrecedence() {
        func allowed(_ text: String, _ path: String) -> Bool {
            rules("User-agent: *\n" + text).isAllowed(path, userAgent: "bot")
        }
        XCTAssertTrue(allowed("Allow: /p\nDisallow: /\n", "/page"))
        XCTAssertTrue(allowed("Allow: /folder\nDisallow: /folder\n", "/folder/page"), "Allow wins a tie")
        XCTAssertTrue(allowed("Disallow: /folder\nAllow: /folder\n", "/folder/page"), "whatever the order")
        XCTAssertFalse(allowed("Allow: /page\nDisallow: /*.html\n", "/page.html"))
        XCTAssertTrue(allowed("Allow: /$\nDisallow: /\n", "/"))
        XCTAssertFalse(allowed("Allow: /$\nDisallow: /\n", "/page.html"))
        XCTAssertFalse(allowed("Disallow: /fish*.php\n", "/fishheads/catfish.php?parameters"))
        XCTAssertTrue(allowed("Disallow: /fish*.php\n", "/Fish.PHP"), "paths are case-sensitive")
        XCTAssertFalse(allowed("Disallow: *.php$\n", "/folder/filename.php"), "a pattern may start with *")
        XCTAssertTrue(allowed("Disallow: *.php$\n", "/filename.php5"))
    }
}
