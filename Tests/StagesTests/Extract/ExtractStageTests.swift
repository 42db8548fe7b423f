import Foundation
import Stages
import XCTest

final class ExtractStageTests: XCTestCase {
    /// The project's seed article (Arabic news with an embedded English tweet), with the
    /// annotations normalize would give it: digit runs, the two duals, and two dates.
    private func seedFacts() throws -> (text: String, facts: Facts) {
        let text = try Fixtures.string("extract/seed_000.txt")
        let annotations = ExtractInput.seedAnnotations(in: text)
        return (text, try extractFacts(text, annotations: annotations))
    }

    func testSeedQuantitiesPairNumbersWithCountedNouns() throws {
        let facts = try seedFacts().facts
        let counted = facts.quantities.map { "\(Int($0.value)) \($0.noun ?? "-")" }
        XCTAssertEqual(
            counted,
            [
                "2 شاحنتين", "2 شخصان", "12 عنصراً", "4 مجموعات", "1 -", "3 جبهات", "260 مقاتلاً", "26 آلية",
                "35 سجيناً",
            ])
        XCTAssertEqual(facts.quantities.first { $0.value == 260 }?.span.text, "260 مقاتلاً")
        XCTAssertEqual(facts.quantities.first?.span.text, "شاحنتين")
        // The year in "عام 2019", the day and year of the tweet's date and the digits of the
        // tweet's link are no quantities.
        XCTAssertFalse(facts.quantities.contains { [2019, 28, 2022, 9].contains($0.value) })
    }

    func testSeedSocialSpans() throws {
        let facts = try seedFacts().facts
        XCTAssertEqual(facts.hashtags.map(\.text), ["#Thread", "#IS", "#HASKAH", "#JAILBREAK"])
        XCTAssertEqual(facts.mentions.map(\.text), ["@HussamHamoud"])
        XCTAssertEqual(facts.urls.map(\.text), ["pic.twitter.com/tgH9xl3x3c"])
    }

    func testSeedAttributions() throws {
        let facts = try seedFacts().facts
        XCTAssertEqual(
            facts.attributions.map { "\($0.cue): \($0.source.text)" },
            [
                "ذكرت: الصحيفة", "نقلاً عن: مصدر أمني", "أشارت: مصادر إعلامية", "بحسب: روايتها",
                "زعمت: صحيفة “نبأ”", "حسب: الصحيفة الناطقة باسم التنظيم", "نقلت: صحيفة “القدس العربي”",
                "نقلت عن: مصادر", "حسب: الصحيفة", "حسب: مصادر الصحيفة",
            ])
    }

    func testSeedDatesCarryTheirSentence() throws {
        let facts = try seedFacts().facts
        XCTAssertEqual(facts.dates.map(\.value), ["2022-01-28", "2019"])
        XCTAssertEqual(facts.dates.map(\.grain), [.day, .year])
        XCTAssertEqual(
            facts.dates[0].sentence, "pic.twitter.com/tgH9xl3x3c— Hussam Hammoud (@HussamHamoud) January 28, 2022")
        XCTAssertEqual(
            facts.dates[1].sentence,
            "كما فر القيادي العسكري في ريف حلب الشرقي سابقاً “أبو حمزة شرقية”، وهو أحد المعتقلين في معركة الباغوز عام 2019."
        )
    }

    func testEnglishParagraph() throws {
        let text = """
            According to the ministry of health, 12 people died and 30 were injured in the strike on Tuesday. \
            Officials said 3 hospitals were damaged. #Gaza @UN https://example.org/x.
            """
        var annotations = ExtractInput.digitNumbers(in: text)
        annotations.append(ExtractInput.date("Tuesday", value: "2024-05-14", grain: .day, in: text))
        let facts = try extractFacts(text, annotations: annotations)
        XCTAssertEqual(facts.attributions.map(\.cue), ["according to", "said"])
        XCTAssertEqual(facts.attributions.map(\.source.text), ["the ministry of health", "Officials"])
        XCTAssertEqual(facts.quantities.map(\.value), [12, 30, 3])
        XCTAssertEqual(facts.quantities.map(\.noun), ["people", nil, "hospitals"])
        XCTAssertEqual(facts.quantities.map(\.span.text), ["12 people", "30", "3 hospitals"])
        XCTAssertEqual(facts.hashtags.map(\.text), ["#Gaza"])
        XCTAssertEqual(facts.mentions.map(\.text), ["@UN"])
        XCTAssertEqual(facts.urls.map(\.text), ["https://example.org/x"])
        XCTAssertEqual(
            facts.dates.map(\.sentence),
            ["According to the ministry of health, 12 people died and 30 were injured in the strike on Tuesday."])
    }

    func testEmptyTextGivesEmptyFacts() throws {
        XCTAssertEqual(try extractFacts(""), Facts())
    }

    func testAnnotationOutsideTheTextIsRejected() throws {
        let stage = try ExtractStage(options: .init())
        let bad = Annotation(kind: .number, start: 3, end: 9, surface: "12", value: .number(12))
        guard
            case .reject(let reason, let detail) = try stage.process(
                ExtractInput.record("12 ab", annotations: [bad]), context: .testing())
        else { return XCTFail("expected a reject") }
        XCTAssertEqual(reason, .annotationOutOfRange)
        XCTAssertTrue(detail.contains("3..<9"), detail)
    }

    func testOutputKeepsTheInputRecord() throws {
        let stage = try ExtractStage(options: .init())
        let input = ExtractInput.record("#Gaza", annotations: [])
        guard case .emit(let out) = try stage.process(input, context: .testing()) else { return XCTFail() }
        XCTAssertEqual(out.first?.normalized, input)
    }

    func testOptionsDecodeFromSnakeCaseKeys() throws {
        let json = #"""
            {"max_source_words": 3, "extra_stop_words": ["ضحايا"], "gazetteers": ["g.json"], "bundled_gazetteer": false,
             "tagger": true}
            """#
        let options = try JSONDecoder().decode(ExtractStage.Options.self, from: Data(json.utf8))
        XCTAssertEqual(options.maxSourceWords, 3)
        XCTAssertEqual(options.extraStopWords, ["ضحايا"])
        XCTAssertEqual(options.gazetteers, ["g.json"])
        XCTAssertFalse(options.bundledGazetteer)
        XCTAssertTrue(options.tagger)
        let encoded =
            try JSONSerialization.jsonObject(with: JSONEncoder().encode(ExtractStage.Options())) as? [String: Any]
        XCTAssertEqual(Set(encoded?.keys ?? [:].keys), ["max_source_words", "extra_stop_words", "gazetteers", "bundled_gazetteer", "tagger"])
    }

    func testZeroSourceWordsIsRefused() {
        var options = ExtractStage.Options()
        options.maxSourceWords = 0
        XCTAssertThrowsError(try ExtractStage(options: options)) { error in
            XCTAssertEqual((error as? StageError)?.stage, "extract")
            XCTAssertTrue("\(error)".contains("max_source_words"), "\(error)")
        }
    }
}
