import XCTest

@testable import Stages

final class BoilerplateRulesTests: XCTestCase {
    func testClassWordsMatchWholeWords() {
        for furniture in [
            "menu", "main-nav", "share-tools", "socialShare", "related_posts", "comments", "site-footer",
            "cookie-banner", "breadcrumbs", "sidebar-left", "widget", "newsletter-signup", "ad-slot", "adContainer",
            "advertisement", "x y sidebar",
        ] {
            XCTAssertTrue(BoilerplateRules.namesBoilerplate(furniture), furniture)
        }
        for content in [
            "subheader", "commentary", "story-body", "article-content", "shadow", "header", "loaded", "download",
            "has-sidebar", "with-comments", "no-ads", "navigator-x", "",
        ] {
            XCTAssertFalse(BoilerplateRules.namesBoilerplate(content), content)
        }
    }

    func testHiddenStyles() {
        XCTAssertTrue(BoilerplateRules.hidesElement("color: red; DISPLAY : none"))
        XCTAssertTrue(BoilerplateRules.hidesElement("visibility:hidden"))
        XCTAssertFalse(BoilerplateRules.hidesElement("display: block"))
    }
}
