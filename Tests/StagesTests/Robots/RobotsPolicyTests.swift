import Stages
import XCTest

/// What each way a robots.txt fetch can end means for the site (RFC 9309 2.3.1).
final class RobotsPolicyTests: XCTestCase {
    private let agent = RobotsSamples.userAgent
    private let body = Array("User-agent: *\nDisallow: /private/\n".utf8)

    func testSuccessIsParsed() {
        let robots = RobotsPolicy.rules(for: .response(status: 200, body: body))
        XCTAssertFalse(robots.isAllowed("/private/a", userAgent: agent))
        XCTAssertTrue(robots.isAllowed("/public/a", userAgent: agent))
    }

    func testUnavailableAllowsAll() {
        for status in [400, 401, 403, 404, 410] {
            XCTAssertEqual(RobotsPolicy.rules(for: .response(status: status, body: body)), .allowAll, "\(status)")
        }
        XCTAssertEqual(RobotsPolicy.rules(for: .tooManyRedirects), .allowAll)
        XCTAssertEqual(RobotsPolicy.rules(for: .response(status: 301, body: [])), .allowAll)
    }

    func testUnreachableDisallowsAll() {
        for status in [429, 500, 502, 503, 504] {
            XCTAssertEqual(RobotsPolicy.rules(for: .response(status: status, body: body)), .disallowAll, "\(status)")
        }
        XCTAssertEqual(RobotsPolicy.rules(for: .networkFailure), .disallowAll)
        XCTAssertFalse(RobotsPolicy.rules(for: .networkFailure).isAllowed("/news/", userAgent: agent))
    }
}
