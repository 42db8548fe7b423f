import XCTest

@testable import Stages

final class ArabicDualRecognizerTests: XCTestCase {
    private func duals(_ s: String) -> [String] {
        let text = TokenizedText(s)
        return ArabicDualRecognizer().mentions(in: text).map { text.surface($0.start, $0.end) }
    }

    func testDualsOfCountedNouns() {
        XCTAssertEqual(
            duals("شاحنتين شاحنتان شخصان شخصين يومين أسبوعين سيارتين طفلين امرأتين مرتين"),
            ["شاحنتين", "شاحنتان", "شخصان", "شخصين", "يومين", "أسبوعين", "سيارتين", "طفلين", "امرأتين", "مرتين"])
    }

    func testArticleAndClitics() {
        // The clitics are not part of the mention; the article is.
        XCTAssertEqual(duals("والشاحنتين بسيارتين للطفلين"), ["الشاحنتين", "سيارتين", "طفلين"])
    }

    func testWordsThatOnlyLookDual() {
        XCTAssertEqual(duals("سوريين سوريان الذين اثنين بين سنين مدنيين مقاتلين"), [])
        // Sound masculine plurals: the ان form is a dual, the ين form is read as the plural.
        XCTAssertEqual(duals("مقاتلان"), ["مقاتلان"])
    }

    func testMentionsAreTheNumberTwo() {
        let m = ArabicDualRecognizer().mentions(in: TokenizedText("قذيفتين"))
        XCTAssertEqual(m, [.number(2, 0, 7)])
    }
}
