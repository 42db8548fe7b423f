import XCTest

@testable import Stages

final class NormalizeStageTests: XCTestCase {
    /// The project's seed article, published 2022-01-28 (a Friday).
    func testSeedArticle() throws {
        let text = try Fixtures.string("normalize/seed_000_bf2beb6a09e5087b.txt")
        let stage = try NormalizeStage()
        let record = NormalizeTesting.record(text: text, published: "2022-01-28T12:00:00+03:00")
        guard case .emit(let out) = try stage.process(record, context: .testing()), let normalized = out.first else {
            return XCTFail("no output")
        }
        let a = normalized.annotations

        func date(_ surface: String, _ value: String, _ grain: Annotation.Grain, line: UInt = #line) {
            let hits = a.filter { $0.surface == surface && $0.kind == .date }
            XCTAssertFalse(hits.isEmpty, "no date \"\(surface)\"", line: line)
            for h in hits {
                XCTAssertEqual(h.value, .text(value), surface, line: line)
                XCTAssertEqual(h.grain, grain, surface, line: line)
            }
        }
        date("قبل أسبوع", "2022-01-21", .day)
        date("اليوم الجمعة", "2022-01-28", .day)
        date("قبل يومين", "2022-01-26", .day)
        date("عام 2019", "2019", .year)
        date("January 28, 2022", "2022-01-28", .day)
        date("أمس الخميس", "2022-01-27", .day)
        date("يوم أمس الخميس", "2022-01-27", .day)  // "ويوم أمس الخميس": the conjunction is not part of it

        let numbers = a.filter { $0.kind == .number }
        for n in [12.0, 4, 3, 260, 26, 35] {
            XCTAssertTrue(numbers.contains { $0.value == .number(n) && $0.surface == String(Int(n)) }, "number \(n)")
        }
        XCTAssertEqual(a.named("شاحنتين")?.value, .number(2))
        XCTAssertEqual(a.named("شخصان")?.value, .number(2))
        // Inside dates, no separate numbers or duals.
        XCTAssertFalse(a.contains { $0.surface == "2019" || $0.surface == "2022" || $0.surface == "يومين" })
        // "سوريان" is not a dual of a counted noun; "أحد" alone is "one of", not 1.
        XCTAssertFalse(a.contains { $0.surface.contains("سوري") || $0.surface == "أحد" })
        // Nothing inside the tweet's URL.
        XCTAssertFalse(a.contains { $0.surface == "9" })

        for x in a { XCTAssertEqual(normalized.part.text.normalizeTestSlice(x.start, x.end), x.surface) }
        XCTAssertEqual(a.map(\.start), a.map(\.start).sorted())
    }

    func testRecordFieldsAndDigitFolding() throws {
        let original = "قتل ١٢ شخصاً في ٣ أيام بتاريخ ٢٠٢٢/١/٢٨"
        let record = NormalizeTesting.record(text: original, published: "2022-02-01")
        guard case .emit(let out) = try NormalizeStage().process(record, context: .testing()), let n = out.first else {
            return XCTFail("no output")
        }
        XCTAssertEqual(n.part.text, "قتل 12 شخصاً في 3 أيام بتاريخ 2022/1/28")
        XCTAssertEqual(n.originalText, original)
        XCTAssertEqual(n.part.identity, record.identity)
        XCTAssertEqual(n.part.lang, .ar)
        XCTAssertEqual(n.annotations.map(\.kind), [.number, .duration, .date])
        XCTAssertEqual(n.annotations[0].value, .number(12))
        XCTAssertEqual(n.annotations[2].value, .text("2022-01-28"))
        // Offsets line up with the original text too.
        for a in n.annotations {
            XCTAssertEqual(
                original.normalizeTestSlice(a.start, a.end).unicodeScalars.count, a.surface.unicodeScalars.count)
        }
        XCTAssertEqual(original.normalizeTestSlice(n.annotations[0].start, n.annotations[0].end), "١٢")
    }

    func testWithoutReferenceOnlyAbsoluteDates() throws {
        let a = try NormalizeTesting.annotations(
            "وقع الهجوم أمس الخميس، أي في 27 يناير 2022، وقبل يومين", published: nil)
        XCTAssertEqual(a.filter { $0.kind == .date }.surfaces, ["27 يناير 2022"])
        // Without a reference "قبل يومين" is no date; the dual of a unit is still a duration of two days.
        XCTAssertEqual(a.named("يومين")?.kind, .duration)
        XCTAssertEqual(a.named("يومين")?.value, .number(2 * 86_400))
        let bad = try NormalizeTesting.annotations("أمس", published: "yesterday")
        XCTAssertTrue(bad.isEmpty)
    }

    func testPreferOption() throws {
        // 2022-01-28 is a Friday.
        XCTAssertEqual(try NormalizeTesting.annotations("الخميس").first?.value, .text("2022-01-27"))
        XCTAssertEqual(try NormalizeTesting.annotations("الخميس", prefer: "future").first?.value, .text("2022-02-03"))
        XCTAssertEqual(try NormalizeTesting.annotations("الجمعة").first?.value, .text("2022-01-28"))
        XCTAssertEqual(try NormalizeTesting.annotations("الجمعة", prefer: "future").first?.value, .text("2022-02-04"))
    }

    func testInvalidPreferIsAnErrorNamingTheOption() {
        var options = NormalizeStage.Options()
        options.prefer = "nearest"
        XCTAssertThrowsError(try NormalizeStage(options: options)) { error in
            XCTAssertEqual((error as? StageConfigProblem)?.key, "prefer")
            XCTAssertEqual((error as? StageConfigProblem)?.isTopLevel, false)
            XCTAssertEqual("\(error)", #"prefer: "nearest" is not one of "past", "future""#)
        }
    }

    func testOptionsCoding() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let encoded = try encoder.encode(NormalizeStage.Options())
        XCTAssertEqual(
            String(decoding: encoded, as: UTF8.self),
            #"{"fold_letters":false,"nfkc":false,"prefer":"past","remove_diacritics":false,"remove_tatweel":false}"#)
        let json = #"{"fold_letters":false,"nfkc":false,"prefer":"future","remove_diacritics":false,"remove_tatweel":true}"#
        let decoded = try JSONDecoder().decode(NormalizeStage.Options.self, from: Data(json.utf8))
        XCTAssertEqual(decoded.prefer, "future")
        XCTAssertTrue(decoded.removeTatweel)
    }

    func testStageIdentity() {
        XCTAssertEqual(NormalizeStage.name, "normalize")
        XCTAssertEqual(NormalizeStage.outputName, "normalized")
        XCTAssertEqual(NormalizeStage.version, 4)
    }

    func testEmptyAndPlainText() throws {
        XCTAssertTrue(try NormalizeTesting.annotations("").isEmpty)
        XCTAssertTrue(try NormalizeTesting.annotations("لا أرقام هنا ولا تواريخ").isEmpty)
    }

    func testOutputEncodesSnakeCaseKeys() throws {
        let record = NormalizeTesting.record(text: "قبل يومين", published: "2022-01-28")
        guard case .emit(let out) = try NormalizeStage().process(record, context: .testing()) else { return XCTFail() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(out[0]), as: UTF8.self)
        XCTAssertTrue(json.contains(#""original_text":"قبل يومين""#), json)
        let annotation = #"{"end":9,"grain":"day","kind":"date","start":0,"surface":"قبل يومين","value":"2022-01-26"}"#
        XCTAssertTrue(json.contains(#""annotations":["# + annotation + "]"), json)
    }
}

extension String {
    /// The text between two Unicode scalar offsets.
    func normalizeTestSlice(_ start: Int, _ end: Int) -> String {
        let scalars = Array(unicodeScalars)
        return String(String.UnicodeScalarView(scalars[start..<end]))
    }
}
