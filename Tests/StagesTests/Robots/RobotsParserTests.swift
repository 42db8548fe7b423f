import XCTest

@testable import Stages

/// Reading robots.txt bodies: line ends, BOM, group boundaries and the 500 KiB cap.
final class RobotsParserTests: XCTestCase {
    private let agent = RobotsSamples.userAgent

    func testLineEndsAllRead() {
        for end in ["\n", "\r", "\r\n"] {
            let text = ["User-agent: *", "Disallow: /a", "", "User-agent: corpus-pipeline", "Disallow: /b"]
                .joined(separator: end)
            let robots = RobotsRules(parsing: Array(text.utf8))
            XCTAssertFalse(robots.isAllowed("/a", userAgent: "other"), end.debugDescription)
            XCTAssertFalse(robots.isAllowed("/b", userAgent: agent), end.debugDescription)
            XCTAssertTrue(robots.isAllowed("/a", userAgent: agent), end.debugDescription)
        }
    }

    func testBlankLinesAndSitemapsDoNotSplitGroups() {
        let robots = RobotsRules(
            parsing: Array("User-agent: a\n\nUser-agent: b\nSitemap: /s.xml\n\nDisallow: /x\n\nDisallow: /y\n".utf8))
        XCTAssertFalse(robots.isAllowed("/x", userAgent: "a"))
        XCTAssertFalse(robots.isAllowed("/y", userAgent: "b"))
    }

    func testCrawlDelayEndsTheUserAgentRun() {
        let robots = RobotsRules(parsing: Array("User-agent: a\nCrawl-delay: 5\nUser-agent: b\nDisallow: /\n".utf8))
        XCTAssertEqual(robots.crawlDelay(userAgent: "a"), 5)
        XCTAssertTrue(robots.isAllowed("/x", userAgent: "a"))
        XCTAssertNil(robots.crawlDelay(userAgent: "b"))
        XCTAssertFalse(robots.isAllowed("/x", userAgent: "b"))
    }

    func testPatternWithoutLeadingSlash() {
        let robots = RobotsRules(parsing: Array("User-agent: *\nDisallow: private/\n".utf8))
        XCTAssertFalse(robots.isAllowed("/private/x", userAgent: "bot"))
        XCTAssertTrue(robots.isAllowed("/public/private/x", userAgent: "bot"))
    }

    func testOnlyTheFirst500KiBAreRead() {
        let head = Array("User-agent: *\nDisallow: /early\n".utf8)
        let filler = Array("# padding padding padding padding padding padding padding padding\n".utf8)
        var bytes = head
        while bytes.count + filler.count <= RobotsParser.sizeLimit - 100 { bytes += filler }
        // A comment that puts the next line's start 13 bytes before the cap, cutting it after "Disallow: /ab".
        let gap = RobotsParser.sizeLimit - 13 - bytes.count
        bytes += Array(("#" + String(repeating: " ", count: gap - 2) + "\n").utf8)
        // Read in part, the first of these lines would refuse /abz too.
        bytes += Array("Disallow: /abcdefghijkl\nDisallow: /late\n".utf8)
        XCTAssertGreaterThan(bytes.count, RobotsParser.sizeLimit)
        let robots = RobotsRules(parsing: bytes)
        XCTAssertFalse(robots.isAllowed("/early", userAgent: "bot"))
        XCTAssertTrue(robots.isAllowed("/late", userAgent: "bot"), "past the cap")
        XCTAssertTrue(robots.isAllowed("/abz", userAgent: "bot"), "the cut line is dropped, not read in part")
        XCTAssertTrue(robots.isAllowed("/abcdefghijkl", userAgent: "bot"))
    }

    func testGarbageDoesNotCrash() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let bytes = (0..<2000).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let robots = RobotsRules(parsing: bytes)
            _ = robots.isAllowed("/x", userAgent: agent)
        }
        let binary = RobotsRules(parsing: [0x00, 0xFF, 0xFE, 0x3A, 0x0A, 0x3A, 0x3A])
        XCTAssertEqual(binary, .allowAll)
    }

    func testPathNormalisation() {
        XCTAssertEqual(String(decoding: RobotsPath.normalized("/a%7e%2f%zz%4".utf8), as: UTF8.self), "/a~%2F%zz%4")
        XCTAssertEqual(String(decoding: RobotsPath.normalized("/a b/é".utf8), as: UTF8.self), "/a%20b/%C3%A9")
    }
}
