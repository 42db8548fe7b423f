import XCTest

@testable import Stages

/// Texts at the edges: empty, made only of marks and spaces, and several megabytes long.
final class ExtractBadInputTests: XCTestCase {
    func testEmptyAndBlankTextsGiveEmptyFacts() throws {
        XCTAssertEqual(try extractFacts(""), Facts())
        XCTAssertEqual(try extractFacts(" \n\n ـ ً “ ” «»"), Facts())
    }

    func testEnormousTextPassesAndFindsEveryRepeat() throws {
        let paragraph = """
            وذكرت الصحيفة نقلاً عن “مصدر أمني” أن قسد خسرت نحو 260 مقاتلاً في حي غويران بمدينة الحسكة.
            The SDF said about 35 prisoners fled to al-Hasakah.\n
            """
        let repeats = 20_000
        let text = String(repeating: paragraph, count: repeats)
        XCTAssertGreaterThan(text.utf8.count, 4_000_000)
        let facts = try extractFacts(text, annotations: ExtractInput.digitNumbers(in: text))
        XCTAssertEqual(facts.quantities.count, 2 * repeats)
        XCTAssertEqual(facts.entities.filter { $0.name == "قوات سوريا الديمقراطية" }.count, 2 * repeats)
        XCTAssertEqual(facts.entities.filter { $0.name == "الحسكة" }.count, 2 * repeats)
        XCTAssertEqual(facts.attributions.filter { $0.cue == "نقلاً عن" }.count, repeats)
    }

    func testOneEnormousWordPasses() throws {
        let text = String(repeating: "ب", count: 2_000_000)
        XCTAssertEqual(try extractFacts(text).entities, [])
    }

    func testUnclosedQuotesAndLoneTriggersAtTheEnd() throws {
        for text in ["صحيفة “", "أبو", "الرئيس", "بين 10 و", "قال", "“أبو", "President", "نقلت صحيفة “النبأ” عن"] {
            let facts = try extractFacts(text, annotations: ExtractInput.digitNumbers(in: text))
            XCTAssertTrue(facts.entities.allSatisfy { !$0.span.text.isEmpty }, text)
        }
    }
}
