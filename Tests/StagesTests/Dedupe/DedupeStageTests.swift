import XCTest

@testable import Stages

final class DedupeStageTests: XCTestCase {
    private let stage = try! DedupeStage(options: .init())

    private func record(_ id: String, _ text: String, published: String? = nil) -> ExtractedRecord {
        var article = ArticleInfo()
        article.published = published
        let part = SplitRecord(
            identity: RecordIdentity(id: id, source: "test"), fetch: FetchInfo(), article: article, lang: .ar,
            confidence: 1, segments: [], blocks: [], text: text)
        return ExtractedRecord(normalized: NormalizedRecord(part: part, originalText: text, annotations: []), facts: Facts())
    }

    private func verdicts(_ records: [ExtractedRecord]) throws -> [String: DedupeVerdict] {
        let surveys = try records.map { record -> DedupeSurvey in
            guard case .emit(let found) = try stage.survey(record, context: .testing()) else { throw TestFailure() }
            return found[0]
        }
        let decisions = stage.decide(surveys, context: .testing())
        return Dictionary(uniqueKeysWithValues: zip(records.map(\.normalized.part.identity.id), decisions))
    }

    private let story = """
        أعلنت السلطات المحلية في مدينة الحسكة اليوم عن فتح تحقيق في الهجوم الذي استهدف السجن المركزي \
        ليلة الخميس، وقالت إن عدداً من السجناء تمكنوا من الفرار قبل أن تستعيد القوات السيطرة على المبنى \
        بعد اشتباكات استمرت عدة ساعات في الأحياء المجاورة، فيما أكد مسؤولون أن عمليات البحث ما زالت جارية \
        في المناطق الريفية المحيطة بالمدينة وأن الطرق الرئيسية أغلقت أمام حركة المرور حتى إشعار آخر.
        """

    func testTheEarliestCopyIsKeptAndSpellingVariantsAreExactCopies() throws {
        let variant = story.replacingOccurrences(of: "إن", with: "ان").replacingOccurrences(of: "ة ", with: "ه ")
        let result = try verdicts([
            record("late", story, published: "2022-01-28T15:30:00+03:00"),
            record("early", variant, published: "2022-01-28T12:00:00+03:00"),
        ])
        XCTAssertEqual(result["early"]?.kept, true)
        XCTAssertEqual(result["late"]?.duplicateOf, "early")
        XCTAssertEqual(result["late"]?.method, .exact)
        XCTAssertEqual(result["late"]?.cluster, "early")
    }

    func testAnEditedCopyIsANearDuplicateAndAnUnrelatedTextIsNot() throws {
        let edited = story + " وأضاف المصدر أن التحقيق سيستمر."
        let other = "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام بعد قرار الحكومة رفع الدعم عن الطحين المستورد."
        let result = try verdicts([record("a", story), record("b", edited), record("c", other)])
        XCTAssertEqual(result["b"]?.kept, true)
        XCTAssertEqual(result["a"]?.kept, false, "undated copies keep the longest text")
        XCTAssertEqual(result["a"]?.duplicateOf, "b")
        XCTAssertEqual(result["a"]?.method, .near)
        XCTAssertGreaterThanOrEqual(result["a"]?.similarity ?? 0, 0.8)
        XCTAssertEqual(result["c"]?.method, .unique)
        XCTAssertEqual(result["c"]?.kept, true)
    }

    func testEmptyTextsAreNotCopiesOfEachOther() throws {
        let result = try verdicts([record("x", ""), record("y", " ، ")])
        XCTAssertEqual(result["x"]?.kept, true)
        XCTAssertEqual(result["y"]?.kept, true)
    }

    func testFoldingUnifiesSpellingAndDropsPunctuation() {
        let folded = TextFolder().fold("أَعلنَتْ الوزارةُ — اليوم: 12 «Test»، مُؤتمر إلى ٣ دول")
        let words = ["اعلنت", "الوزاره", "اليوم", "12", "test", "موتمر", "الي", "٣", "دول"]
        XCTAssertEqual(String(decoding: folded.bytes, as: UTF8.self), words.joined(separator: " "))
        XCTAssertEqual(folded.wordHashes, words.map(MinHasher.fnv1a))
        XCTAssertTrue(TextFolder().fold(" ، … ").wordHashes.isEmpty)
    }

    func testSignaturesAreTheSameInEveryRun() {
        let a = MinHasher(count: 16, seed: 1).signature(of: ["a", "b", "c", "d", "e", "f"], ngram: 5)
        let b = MinHasher(count: 16, seed: 1).signature(of: ["a", "b", "c", "d", "e", "f"], ngram: 5)
        XCTAssertEqual(a, b)
        XCTAssertNotEqual(a, MinHasher(count: 16, seed: 2).signature(of: ["a", "b", "c", "d", "e", "f"], ngram: 5))
    }
}

struct TestFailure: Error {}

final class PublishedDateTests: XCTestCase {
    func testInstantsAgreeWithFoundationAcrossForms() {
        let formatter = ISO8601DateFormatter()
        for text in ["2022-01-28T12:00:00+03:00", "2022-01-28T15:30:00+0300", "2022-03-17T08:00:00Z",
                     "1999-12-31T23:59:59-05:00", "2024-02-29T00:00:00Z"] {
            let normalized = text.replacingOccurrences(of: "+0300", with: "+03:00")
            XCTAssertEqual(PublishedDate.epoch(text), formatter.date(from: normalized)?.timeIntervalSince1970, text)
        }
        XCTAssertEqual(PublishedDate.epoch("2022-01-28"), 1_643_328_000)
        XCTAssertEqual(PublishedDate.epoch("2022-01-28T12:00"), 1_643_371_200)
        XCTAssertEqual(PublishedDate.epoch("2022-01-28T12:00:00.250Z"), 1_643_371_200)
    }

    func testTextThatIsNotADateIsNil() {
        for text in ["", "yesterday", "2022-13-01", "2022-01-28T12", "2022-01-28T12:00:00+03:00 extra", "28/01/2022"] {
            XCTAssertNil(PublishedDate.epoch(text), text)
        }
    }
}
