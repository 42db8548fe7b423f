import XCTest

@testable import Stages

/// The seed article (the issue's example): every fact the issue lists is found, with the
/// right canonical entity, and nothing else is.
final class SeedFactsTests: XCTestCase {
    // One extraction serves every test here; tests only read it.
    nonisolated(unsafe) private static let seed = Result { () -> (String, Facts) in
        let text = try Fixtures.string("extract/seed_000.txt")
        let annotations = ExtractInput.seedAnnotations(in: text)
        let stage = try ExtractStage(options: .init())
        guard case .emit(let out) = try stage.process(ExtractInput.record(text, annotations: annotations), context: .testing())
        else { throw StageError(stage: "extract", reason: "no output") }
        return (text, out[0].facts)
    }

    private var facts: Facts { get throws { try Self.seed.get().1 } }

    func testWho() throws {
        let people = try facts.entities.filter { [.person, .organisation].contains($0.kind) }
        let names = Set(people.map { "\($0.kind.rawValue): \($0.name)" })
        for expected in [
            "organisation: تنظيم الدولة الإسلامية", "organisation: قوات سوريا الديمقراطية", "person: أبو دجانة",
            "person: Hussam Hammoud",
        ] {
            XCTAssertTrue(names.contains(expected), expected)
        }
        // قسد, "قوات سوريا الديمقراطية", الدولة الإسلامية, تنظيم “الدولة”, Daesh and IS resolve.
        let sdf = people.filter { $0.name == "قوات سوريا الديمقراطية" }.map(\.span.text)
        XCTAssertEqual(sdf, ["قسد", "قسد", "قوات سوريا الديمقراطية", "قسد", "قسد"])
        let isis = people.filter { $0.name == "تنظيم الدولة الإسلامية" }.map(\.span.text)
        XCTAssertEqual(isis, ["الدولة الإسلامية", "Daesh", "IS", "الدولة"])
    }

    func testWhere() throws {
        let places = try facts.entities.filter { [.place, .facility].contains($0.kind) }
        let names = Set(places.map { "\($0.kind.rawValue): \($0.name)" })
        for expected in [
            "place: الحسكة", "place: حي غويران", "facility: سجن الصناعة", "place: حي الزهور", "place: الرقة",
            "place: الباغوز",
        ] {
            XCTAssertTrue(names.contains(expected), expected)
        }
    }

    func testHowMany() throws {
        let counted = try facts.quantities.filter { $0.noun != nil }.map { "\(Int($0.value)) \($0.base ?? "-")" }
        XCTAssertEqual(
            counted, ["2 شاحنة", "2 شخص", "12 عنصر", "4 مجموعة", "3 جبهة", "260 مقاتل", "26 آلية", "35 سجين"])
        XCTAssertTrue(try facts.quantities.allSatisfy { $0.qualifier == nil && $0.upper == nil })
    }

    func testAccordingToWhom() throws {
        let attributions = try facts.attributions.map { a in
            "\(a.cue): \(a.source.text)" + (a.entity.map { " = \($0)" } ?? "") + (a.via.map { " via \($0)" } ?? "")
        }
        XCTAssertEqual(
            attributions,
            [
                "ذكرت: الصحيفة = النبأ", "نقلاً عن: مصدر أمني via النبأ", "أشارت: مصادر إعلامية", "بحسب: روايتها",
                "زعمت: صحيفة “نبأ” = النبأ", "حسب: الصحيفة الناطقة باسم التنظيم = النبأ",
                "نقلت: صحيفة “القدس العربي” = القدس العربي", "نقلت عن: مصادر via القدس العربي",
                "حسب: الصحيفة = القدس العربي", "حسب: مصادر الصحيفة = القدس العربي",
            ])
    }

    /// Every entity mention, in text order: nothing the text does not name.
    func testNothingIsInvented() throws {
        let mentions = try facts.entities.map { "\($0.kind.rawValue): \($0.name) [\($0.span.text)]" }
        XCTAssertEqual(
            mentions,
            [
                "organisation: تنظيم الدولة الإسلامية [الدولة الإسلامية]", "facility: سجن الصناعة [سجن الصناعة]",
                "place: حي غويران [حي غويران]", "place: الحسكة [الحسكة]", "publication: النبأ [النبأ]",
                "facility: سجن الصناعة [سجن الصناعة]", "organisation: تنظيم الدولة الإسلامية [Daesh]",
                "organisation: تنظيم الدولة الإسلامية [IS]", "publication: النبأ [AlNabaa]",
                "facility: AlSina jail [AlSina jail]", "person: Hussam Hammoud [Hussam Hammoud]",
                "organisation: قوات سوريا الديمقراطية [قسد]", "place: سوريا [سورية]", "place: حي غويران [حي غويران]",
                "organisation: قوات سوريا الديمقراطية [قسد]", "publication: النبأ [نبأ]", "place: الحسكة [الحسكة]",
                "place: حي الزهور [حي الزهور]", "place: حي غويران [حي غويران]", "facility: سجن الصناعة [سجن الصناعة]",
                "organisation: قوات سوريا الديمقراطية [قوات سوريا الديمقراطية]",
                "publication: القدس العربي [القدس العربي]", "place: الحسكة [الحسكة]", "person: أبو دجانة [أبو دجانة]",
                "organisation: تنظيم القاعدة [القاعدة]", "organisation: تنظيم الدولة الإسلامية [الدولة]",
                "place: الرقة [الرقة]", "place: سوريا [سورية]", "place: حلب [حلب]",
                "person: أبو حمزة شرقية [أبو حمزة شرقية]", "place: الباغوز [الباغوز]", "place: حي الزهور [حي الزهور]",
                "organisation: قوات سوريا الديمقراطية [قسد]", "place: سوريا [سورية]",
                "organisation: قوات سوريا الديمقراطية [قسد]", "organisation: الجيش العربي السوري [جيش النظام]",
            ])
        let (text, facts) = try Self.seed.get()
        assertSpansMatch(facts, in: text)
    }

    func testEveryFactCarriesTheIdOfItsPart() throws {
        let (text, _) = try Self.seed.get()
        let stage = try ExtractStage(options: .init())
        guard case .emit(let out) = try stage.process(ExtractInput.record(text), context: .testing()) else { return XCTFail() }
        XCTAssertEqual(out[0].normalized.part.identity.id, "doc#ar")
    }
}
