import XCTest

@testable import Stages

/// Matching gazetteer aliases in text: canonical names, clitics, spelling variants, case and
/// word boundaries.
final class GazetteerMatchTests: XCTestCase {
    private func names(_ text: String) throws -> [String] {
        try extractFacts(text).entities.filter { $0.evidence == .gazetteer }.map(\.name)
    }

    func testAliasesResolveToOneCanonicalEntity() throws {
        let sdf = "قوات سوريا الديمقراطية"
        let isis = "تنظيم الدولة الإسلامية"
        XCTAssertEqual(try names("هاجمت قسد مواقع داعش قرب الرقة."), [sdf, isis, "الرقة"])
        XCTAssertEqual(try names("The SDF said ISIS and ISIL fighters, Daesh, were in Raqqa."), [sdf, isis, isis, isis, "الرقة"])
        XCTAssertEqual(try names("أعلنت قوات سورية الديمقراطية أن الدولة الإسلامية هاجمت"), [sdf, isis])
    }

    func testEntityCarriesKindWikidataAndSpan() throws {
        let text = "زار وفد من الأمم المتحدة دمشق."
        let facts = try extractFacts(text)
        XCTAssertEqual(facts.entities.map(\.kind), [.organisation, .place])
        XCTAssertEqual(facts.entities.map(\.wikidata), ["Q1065", "Q3766"])
        XCTAssertEqual(facts.entities[0].span.text, "الأمم المتحدة")
        XCTAssertEqual(facts.entities[0].span.start, ExtractInput.range(of: "الأمم", in: text).lowerBound)
    }

    func testAttachedCliticsAreLeftOutOfTheSpan() throws {
        let facts = try extractFacts("وصلوا إلى الحسكة وبالحسكة وللحسكة ولسوريا فالرقة وكالقاهرة")
        XCTAssertEqual(facts.entities.map(\.name), ["الحسكة", "الحسكة", "الحسكة", "سوريا", "الرقة", "القاهرة"])
        XCTAssertEqual(facts.entities.map(\.span.text), ["الحسكة", "الحسكة", "لحسكة", "سوريا", "الرقة", "القاهرة"])
    }

    func testSpellingVariantsMatch() throws {
        // Hamza forms, alef maqsura, ta marbuta, tatweel and diacritics.
        XCTAssertEqual(try names("زار اسطنبول وادلب وحماه ثم عاد الى سـوريـا"), ["إسطنبول", "إدلب", "حماة", "سوريا"])
        XCTAssertEqual(try names("دخلوا دِمَشْقَ"), ["دمشق"])
        XCTAssertEqual(try names("قرب ديالي"), ["ديالى"])
    }

    func testLongestAliasWins() throws {
        XCTAssertEqual(try names("قصف مطار دمشق الدولي"), ["مطار دمشق الدولي"])
        XCTAssertEqual(try names("المملكة العربية السعودية"), ["السعودية"])
    }

    func testWordBoundaries() throws {
        // "سوريالية" is not سوريا, "المصريين" not مصر, "Iranian" not Iran.
        XCTAssertEqual(try names("لوحة سوريالية للمصريين من Iranian artists"), [])
    }

    func testEnglishIsCaseInsensitiveButAcronymsNeedCapitals() throws {
        XCTAssertEqual(try names("in raqqa and DAMASCUS"), ["الرقة", "دمشق"])
        XCTAssertEqual(try names("this is what the un and us saw"), [])
        XCTAssertEqual(try names("IS claimed it; the UN and the US said"), ["تنظيم الدولة الإسلامية", "الأمم المتحدة", "الولايات المتحدة"])
    }

    func testEnglishPossessiveAndArticle() throws {
        XCTAssertEqual(try names("the SDF's prison in al-Hasakah"), ["قوات سوريا الديمقراطية", "الحسكة"])
        XCTAssertEqual(try names("Islamic State's fighters"), ["تنظيم الدولة الإسلامية"])
    }

    func testAliasWordsMustFollowOnTheSameLine() throws {
        XCTAssertEqual(try names("قوات سوريا\nالديمقراطية"), ["سوريا"])
    }

    func testNothingIsFoundInLinksHandlesAndHashtags() throws {
        XCTAssertEqual(try names("#Syria @Iraq https://example.org/Syria"), [])
    }
}
