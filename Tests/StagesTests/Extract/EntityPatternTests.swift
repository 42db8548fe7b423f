import XCTest

@testable import Stages

/// Names the gazetteer lacks, found by the Arabic and English patterns.
final class EntityPatternTests: XCTestCase {
    private func patterns(_ text: String, authors: [String] = []) throws -> [String] {
        try extractFacts(text).entities.filter { $0.evidence == .pattern }.map { "\($0.kind.rawValue): \($0.name)" }
    }

    func testKunyas() throws {
        XCTAssertEqual(try patterns("وفر أبو عبيدة المهاجر من السجن"), ["person: أبو عبيدة"])
        XCTAssertEqual(try patterns("قاد الهجوم أبو خالد الشامي"), ["person: أبو خالد الشامي"])
        XCTAssertEqual(try patterns("ومنهم “أبو صهيب العراقي” أيضاً"), ["person: أبو صهيب العراقي"])
        // "أم" is also "or": only a title or quotes make it a kunya.
        XCTAssertEqual(try patterns("سواء بقي أم رحل"), [])
        XCTAssertEqual(try patterns("قالت الناشطة “أم محمد” إن"), ["person: أم محمد"])
    }

    func testTitlesBeforeNames() throws {
        XCTAssertEqual(try patterns("وقال القيادي “أبو علي” إن"), ["person: أبو علي"])
        XCTAssertEqual(try patterns("أعلن المتحدث باسم الفصيل ياسر عبد الرحيم أن"), ["person: ياسر عبد الرحيم"])
        XCTAssertEqual(try patterns("التقى الوزير كريم"), ["person: كريم"])
        // A title followed by no name gives nothing.
        XCTAssertEqual(try patterns("قال الرئيس إن البلاد بخير"), [])
    }

    func testGivenNameNeedsASecondWordWithoutTitle() throws {
        XCTAssertEqual(try patterns("اعتقلت الشرطة سامر وخالد العلي"), ["person: خالد العلي"])
        XCTAssertEqual(try patterns("اعتقلت الشرطة خالد"), [])
    }

    func testTypeWordAndBareName() throws {
        XCTAssertEqual(try patterns("في حي الوعر وسجن عدرا"), ["place: حي الوعر", "facility: سجن عدرا"])
        XCTAssertEqual(try patterns("في بلدة عين ترما بريف دمشق"), ["place: عين ترما"])
        XCTAssertEqual(try patterns("أعلنت وزارة الدفاع الروسية"), ["organisation: وزارة الدفاع الروسية"])
        // Adjectives and function words after a type word are no names.
        XCTAssertEqual(try patterns("في مدينة كبيرة وقرية أخرى وحي سكني"), [])
    }

    func testTypeWordAndQuotedName() throws {
        XCTAssertEqual(try patterns("نشرت مجلة “الحصاد” تقريراً"), ["publication: الحصاد"])
        XCTAssertEqual(try patterns("في موقع “المدن” الإخباري"), ["publication: المدن"])
        XCTAssertEqual(try patterns("نفذه فصيل “لواء الفتح”"), ["organisation: لواء الفتح"])
        XCTAssertEqual(try patterns("في مخيم “الركبان”"), ["facility: مخيم الركبان"])
        // "موقع" alone is also "site": no quote, no name.
        XCTAssertEqual(try patterns("في موقع عسكري"), [])
    }

    func testQuotedNameAfterATypeWordResolvesThroughTheGazetteer() throws {
        let facts = try extractFacts("قال تنظيم “الدولة” إن صحيفة “النبأ” نشرت، وتنظيم “القاعدة” أيضاً")
        XCTAssertEqual(facts.entities.map(\.name), ["تنظيم الدولة الإسلامية", "النبأ", "تنظيم القاعدة"])
        XCTAssertEqual(facts.entities.map(\.evidence), [.gazetteer, .gazetteer, .gazetteer])
        XCTAssertEqual(facts.entities.map(\.span.text), ["الدولة", "النبأ", "القاعدة"])
    }

    func testTypePatternMayHoldAGazetteerPlace() throws {
        let facts = try extractFacts("قصفت الطائرات مطار حلب")
        XCTAssertEqual(facts.entities.map { "\($0.kind.rawValue): \($0.name)" }, ["facility: مطار حلب", "place: حلب"])
    }

    func testEnglishCapitalisedSequencesNeedACue() throws {
        XCTAssertEqual(
            try patterns("Fighters left Tishreen Hospital and the Hama Central Prison near Kafr Nabl village."),
            ["facility: Tishreen Hospital", "facility: Hama Central Prison", "place: Kafr Nabl village"])
        XCTAssertEqual(try patterns("Minister Walid Muallem met Colonel Abdul Jabbar Akidi."),
                       ["person: Walid Muallem", "person: Abdul Jabbar Akidi"])
        XCTAssertEqual(try patterns("the newspaper called “Al-Thawra” said"), ["publication: Al-Thawra"])
        XCTAssertEqual(try patterns("— Layla Ahmad (@layla) March 3, 2021"), ["person: Layla Ahmad"])
        // Sentence openers, months and uncued runs are no entities.
        XCTAssertEqual(try patterns("The talks ended. Some Points Remain. In March John Smith left."), [])
    }
}
