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

    // In the stage: a dual time unit alone is a duration (as Duckling reads it) and the
    // number 2 (as the counted-noun rule reads it); inside a date it is only the date.

    func testABareDualTimeUnitIsADurationAndTheNumberTwo() throws {
        let days = try NormalizeTesting.annotations("استمرت المعارك يومين في ريف المدينة")
            .filter { $0.surface == "يومين" }
        XCTAssertEqual(days.map(\.kind), [.duration, .number])
        XCTAssertEqual(days.map(\.value), [.number(172_800), .number(2)])
        XCTAssertEqual(days.first?.grain, .day)
        let weeks = try NormalizeTesting.annotations("أغلقت المعابر أسبوعين").filter { $0.surface == "أسبوعين" }
        XCTAssertEqual(weeks.map(\.value), [.number(1_209_600), .number(2)])
        let years = try NormalizeTesting.annotations("قضى سنتان في السجن").filter { $0.surface == "سنتان" }
        XCTAssertEqual(years.map(\.kind), [.duration, .number])
    }

    func testADualInsideARelativeDateStaysTheDate() throws {
        let ago = try NormalizeTesting.annotations("وقع الانفجار قبل يومين")
        XCTAssertEqual(ago.map(\.kind), [.date])
        XCTAssertEqual(ago.first?.surface, "قبل يومين")
        XCTAssertEqual(ago.first?.value, .text("2022-01-26"))
        let since = try NormalizeTesting.annotations("منذ أسبوعين")
        XCTAssertEqual(since.map(\.kind), [.date])
        XCTAssertEqual(since.first?.value, .text("2022-01-14"))
    }

    func testACountedNounDualIsOnlyANumber() throws {
        let all = try NormalizeTesting.annotations("دمرت الغارة شاحنتين وقتل شخصان")
        XCTAssertEqual(all.map(\.kind), [.number, .number])
        XCTAssertEqual(all.map(\.surface), ["شاحنتين", "شخصان"])
        XCTAssertEqual(all.map(\.value), [.number(2), .number(2)])
    }
}
