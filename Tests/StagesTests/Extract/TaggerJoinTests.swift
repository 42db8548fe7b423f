import XCTest

@testable import Stages

/// The tagger joined into the stage (`tagger: true`): its names only fill the gaps the
/// gazetteer and the patterns leave, and English parts are left to them alone.
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

    func testTaggerKeepsEveryEntityOfStrongerEvidenceAndAddsOnlyOutsideThem() throws {
        let text = try Fixtures.string("extract/seed_000.txt")
        let without = try entities(text, tagger: false)
        let with = try entities(text, tagger: true)
        XCTAssertFalse(without.contains { $0.evidence == .tagger })
        // Every gazetteer and pattern entity stays, unchanged.
        XCTAssertEqual(with.filter { $0.evidence != .tagger }, without)
        let added = with.filter { $0.evidence == .tagger }
        XCTAssertFalse(added.isEmpty, "the tagger finds names in a long Arabic article")
        let scalars = Array(text.unicodeScalars)
        for name in added {
            XCTAssertFalse(without.contains { $0.span.start < name.span.end && name.span.start < $0.span.end }, name.span.text)
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[name.span.start..<name.span.end])), name.span.text)
            XCTAssertEqual(name.name, name.span.text, "the tagger knows no aliases")
        }
        XCTAssertEqual(with.map(\.span.start), with.map(\.span.start).sorted())
    }

    func testEnglishPartsAreNotTagged() throws {
        let text = "The minister met the delegation in the capital on Monday, officials said."
        XCTAssertFalse(try entities(text, tagger: true, lang: .en).contains { $0.evidence == .tagger })
    }
}
