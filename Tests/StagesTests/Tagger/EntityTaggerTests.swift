import XCTest
@testable import Stages

final class EntityTaggerTests: XCTestCase {
    private func names(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return EntityTagger.bundled.entities(in: text).map {
            "\($0.kind.rawValue):" + String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    func testBundledTaggerFindsAWellKnownCityAfterMadina() {
        // Wojood's annotators often keep the type word inside the name (مدينة القاهرة).
        let found = names("وصل الوفد الرسمي إلى مدينة القاهرة صباح اليوم في زيارة تستغرق يومين .")
        XCTAssertTrue(found.contains { $0.hasPrefix("place:") && $0.hasSuffix("القاهرة") }, "\(found)")
    }

    func testBundledTaggerFindsAPersonAfterATitle() {
        let found = names("التقى الملك عبد الله الثاني بالرئيس محمود عباس في عمان .")
        XCTAssertTrue(found.contains { $0.hasPrefix("person:") && $0.hasSuffix("محمود عباس") }, "\(found)")
    }

    func testABareTypeWordIsNeverAName() {
        let text = "وقال التنظيم في بيان إن التنظيم سيواصل عملياته، وردت الحكومة بأن الحكومة لن تتفاوض مع التنظيم."
        let names = EntityTagger.bundled.entities(in: text).map { Array(text.unicodeScalars)[$0.start..<$0.end] }
            .map { String(String.UnicodeScalarView($0)) }
        XCTAssertFalse(names.contains { ["التنظيم", "الحكومة", "وقال"].contains($0) }, "\(names)")
    }

    func testSpansAreInsideTheTextAndInOrder() {
        let text = "🌍 أعلنت وزارة الخارجية السعودية في الرياض، ثم سافر الوفد إلى عمّان 🇯🇴."
        let count = text.unicodeScalars.count
        var last = 0
        for entity in EntityTagger.bundled.entities(in: text) {
            XCTAssertGreaterThanOrEqual(entity.start, last)
            XCTAssertLessThan(entity.start, entity.end)
            XCTAssertLessThanOrEqual(entity.end, count)
            last = entity.end
        }
    }

    func testEmptyEmojiEnglishAndHugeTextsPass() {
        XCTAssertEqual(EntityTagger.bundled.entities(in: ""), [])
        XCTAssertEqual(EntityTagger.bundled.entities(in: "   \n "), [])
        _ = EntityTagger.bundled.entities(in: String(repeating: "😀🇸🇦👍🏽", count: 1000))
        _ = EntityTagger.bundled.entities(in: "The minister met officials in London on Monday.")
        // A long text without a sentence end is decoded in chunks.
        let sentence = "زار الوزير مدينة القاهرة ثم عاد إلى بيروت و"
        let huge = String(repeating: sentence, count: 20_000)
        let found = EntityTagger.bundled.entities(in: huge)
        XCTAssertGreaterThan(found.count, 1000)
        XCTAssertLessThanOrEqual(found.last?.end ?? 0, huge.unicodeScalars.count)
    }
}
