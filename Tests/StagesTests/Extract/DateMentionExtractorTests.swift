import Stages
import XCTest

final class DateMentionExtractorTests: XCTestCase {
    func testSentenceEndsAtArabicPunctuationAndLinesButNotInsideNumbers() throws {
        let text = "هل وصل الوفد؟ ارتفع المؤشر 3.5 نقطة يوم الأحد؛ ثم هبط.\nسطر آخر"
        let sunday = ExtractInput.date("يوم الأحد", value: "2024-05-12", grain: .day, in: text)
        let facts = try extractFacts(text, annotations: [sunday])
        XCTAssertEqual(facts.dates.map(\.sentence), ["ارتفع المؤشر 3.5 نقطة يوم الأحد؛"])
        XCTAssertEqual(facts.dates.first?.span.text, "يوم الأحد")
    }

    func testDatesComeInTextOrderWithValueAndGrain() throws {
        let text = "Talks began in March 2021.\nThey ended on 2 May 2022"
        let later = ExtractInput.date("2 May 2022", value: "2022-05-02", grain: .day, in: text)
        let earlier = ExtractInput.date("March 2021", value: "2021-03", grain: .month, in: text)
        let facts = try extractFacts(text, annotations: [later, earlier])
        XCTAssertEqual(facts.dates.map(\.value), ["2021-03", "2022-05-02"])
        XCTAssertEqual(facts.dates.map(\.grain), [.month, .day])
        XCTAssertEqual(facts.dates.map(\.sentence), ["Talks began in March 2021.", "They ended on 2 May 2022"])
    }
}
