import XCTest

@testable import Stages

/// The tagger joined into the stage (`tagger`, off by default): its names only fill the gaps
/// the gazetteer and the patterns leave, and English parts are left to them alone.
final class TaggerJoinTests: XCTestCase {
    private func entities(_ text: String, tagger: Bool, lang: Language = .ar) throws -> [EntityMention] {
        var options = ExtractStage.Options()
        options.tagger = tagger
        let record = ExtractInput.record(text, annotations: ExtractInput.digitNumbers(in: text), lang: lang)
        guard case .emit(let out) = try ExtractStage(options: options).process(record, context: .testing()) else {
            XCTFail("no output")
            return []
        }
        return out[0].facts.entities
    }

    func testTheTaggerIsOffByDefault() {
        XCTAssertFalse(ExtractStage.Options().tagger)
    }

    func testTaggerAddsANameTheListsMissAndKeepsTheirs() throws {
        let text = "قال خالد المصري إن اجتماع مجلس إدارة نادي الوحدات سيعقد الأسبوع المقبل في عمان."
        let without = try entities(text, tagger: false)
        let with = try entities(text, tagger: true)
        XCTAssertEqual(with.filter { $0.evidence != .tagger }, without)
        let added = with.filter { $0.evidence == .tagger }
        XCTAssertEqual(added.map(\.span.text), ["نادي الوحدات"])
        XCTAssertEqual(added.first?.kind, .organisation)
        XCTAssertEqual(added.first?.name, "نادي الوحدات", "the tagger knows no aliases: the name is the span")
        XCTAssertEqual(with.map(\.span.start), with.map(\.span.start).sorted())
    }

    func testOnTheSeedTheTaggerInventsNothing() throws {
        // Every name of the seed is in the gazetteer or found by a pattern; the tagger's other
        // candidates there are bare type words (التنظيم), which are not names.
        let text = try Fixtures.string("extract/seed_000.txt")
        XCTAssertEqual(try entities(text, tagger: true), try entities(text, tagger: false))
    }

    func testEnglishPartsAreNotTagged() throws {
        let text = "The minister met the delegation in the capital on Monday, officials said."
        XCTAssertFalse(try entities(text, tagger: true, lang: .en).contains { $0.evidence == .tagger })
    }
}
