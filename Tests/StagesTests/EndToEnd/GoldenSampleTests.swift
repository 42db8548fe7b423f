import Foundation
import XCTest

@testable import Stages

/// The whole pipeline on the bundled sample, checked on the seed article.
final class GoldenSampleTests: XCTestCase {
    // One run of the sample serves every test here; tests only read it.
    nonisolated(unsafe) private static let sample = Result { () -> (SampleRun, [[String: Any]]) in
        let sample = try SampleRun()
        try sample.run()
        return (sample, try sample.records("deduped.jsonl"))
    }

    private var records: [[String: Any]] { get throws { try Self.sample.get().1 } }

    private func part(of page: String, _ lang: String) throws -> [String: Any] {
        let found = try records.first {
            ($0["url"] as? String)?.hasSuffix("pages/\(page).html") == true && $0["lang"] as? String == lang
        }
        return try XCTUnwrap(found, "no \(lang) part of \(page)")
    }

    func testEverySampleStageWroteItsFiles() throws {
        let sample = try Self.sample.get().0
        for name in ["fetched", "cleaned", "split", "normalized", "extracted", "deduped", "corpus"] {
            XCTAssertFalse(try sample.bytes("\(name).jsonl").isEmpty, name)
        }
        for stage in StageRegistry.names {
            XCTAssertNotNil(StageManifest.read(from: sample.runDirectory.appendingPathComponent("\(stage).manifest.json").path))
            XCTAssertTrue(FileManager.default.fileExists(atPath: sample.runDirectory.appendingPathComponent("\(stage).rejects.jsonl").path))
        }
        let fetched = try sample.records("fetched.jsonl")
        XCTAssertEqual(fetched.count, 6, "six pages in the sample feed")
        let cp1256 = try XCTUnwrap(fetched.first { ($0["url"] as? String)?.contains("cp1256") == true })
        XCTAssertEqual(cp1256["charset"] as? String, "windows-1256")
        XCTAssertTrue((cp1256["html"] as? String)?.contains("وزارة المالية") == true, "windows-1256 decoded to Arabic")
    }

    func testTheArabicPartHoldsTheArticleAndNoBoilerplate() throws {
        let arabic = try part(of: "alsina-prison-report", "ar")
        let text = try XCTUnwrap(arabic["original_text"] as? String)
        for line in ["كشف تنظيم “الدولة الإسلامية” روايته عن تفاصيل الهجوم",
                     "ولم يتضح عدد الفارين من سجن الصناعة",
                     "فيما اتجه سجناء آخرون إلى البادية"] {
            XCTAssertTrue(text.contains(line), line)
        }
        for boilerplate in ["اتصل بنا", "ابحث في الموقع", "عاجل:", "نستخدم ملفات تعريف الارتباط", "جميع الحقوق محفوظة"] {
            XCTAssertFalse(text.contains(boilerplate), boilerplate)
        }
        XCTAssertFalse(text.contains("New information"), "the tweet is in the English part")
        XCTAssertEqual(arabic["published"] as? String, "2022-01-28T12:00:00+03:00")
    }

    func testTheTweetIsAnEnglishPartWithItsHashtagsHandleLinkAndDate() throws {
        let english = try part(of: "alsina-prison-report", "en")
        let facts = try XCTUnwrap(english["facts"] as? [String: Any])
        let texts = { (key: String) in (facts[key] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String } }
        XCTAssertEqual(texts("hashtags"), ["#Thread", "#IS", "#HASKAH", "#JAILBREAK"])
        XCTAssertTrue(texts("mentions").contains("@HussamHamoud"))
        XCTAssertTrue(texts("urls").contains("pic.twitter.com/tgH9xl3x3c"))
        let dates = (facts["dates"] as? [[String: Any]] ?? []).compactMap { $0["value"] as? String }
        XCTAssertTrue(dates.contains("2022-01-28"), "\(dates)")
        let embed = try XCTUnwrap((english["blocks"] as? [[String: Any]])?.first { $0["kind"] as? String == "embed" })
        XCTAssertEqual(embed["handle"] as? String, "@HussamHamoud")
        XCTAssertEqual(embed["date"] as? String, "2022-01-28")
    }

    func testRelativeDatesResolveAgainstThePublicationDate() throws {
        let arabic = try part(of: "alsina-prison-report", "ar")
        let annotations = try XCTUnwrap(arabic["annotations"] as? [[String: Any]])
        let dates = annotations.filter { $0["kind"] as? String == "date" }
        func value(_ surface: String) -> [String] {
            dates.filter { ($0["surface"] as? String)?.contains(surface) == true }.compactMap { $0["value"] as? String }
        }
        XCTAssertEqual(Set(value("اليوم الجمعة")), ["2022-01-28"])
        XCTAssertEqual(Set(value("أمس الخميس")), ["2022-01-27"])
        XCTAssertEqual(value("أمس الخميس").count, 2, "both mentions")
        XCTAssertEqual(value("قبل يومين"), ["2022-01-26"])
        XCTAssertEqual(value("قبل أسبوع"), ["2022-01-21"])
        XCTAssertEqual(value("2019"), ["2019"])
    }

    func testQuantitiesCarryTheirCountedNouns() throws {
        let arabic = try part(of: "alsina-prison-report", "ar")
        let quantities = try XCTUnwrap((arabic["facts"] as? [String: Any])?["quantities"] as? [[String: Any]])
        let pairs = Set(quantities.compactMap { q -> String? in
            guard let value = q["value"] as? Double, let noun = q["noun"] as? String else { return nil }
            return "\(Int(value)) \(noun)"
        })
        for expected in ["12 عنصراً", "4 مجموعات", "3 جبهات", "260 مقاتلاً", "26 آلية", "35 سجيناً", "2 شاحنتين", "2 شخصان"] {
            XCTAssertTrue(pairs.contains(expected), "\(expected) not in \(pairs.sorted())")
        }
    }

    func testTheSecondSiteCopyIsADuplicateOfTheFirst() throws {
        let original = try part(of: "alsina-prison-report", "ar")
        let mirror = try part(of: "alsina-prison-report-mirror", "ar")
        let verdict = try XCTUnwrap(mirror["dedupe"] as? [String: Any])
        XCTAssertEqual(verdict["kept"] as? Bool, false)
        XCTAssertEqual(verdict["duplicate_of"] as? String, original["id"] as? String)
        XCTAssertEqual((original["dedupe"] as? [String: Any])?["kept"] as? Bool, true)
        let corpus = try Self.sample.get().0.records("corpus.jsonl")
        XCTAssertFalse(corpus.contains { $0["id"] as? String == mirror["id"] as? String })
        XCTAssertTrue(corpus.allSatisfy { ($0["dedupe"] as? [String: Any])?["kept"] as? Bool == true })
    }
}
