import XCTest

@testable import Stages

/// Embedded posts come from the part's embed blocks, placed in the part's text.
final class EmbedExtractorTests: XCTestCase {
    func testEmbedBlocksBecomeEmbeddedPostsWithTheirSpan() throws {
        let tweet = "Fighters fled the prison. pic.twitter.com/abc— Rami Saleh (@RamiSaleh) January 28, 2022"
        let text = "Intro paragraph.\n\n\(tweet)"
        let blocks = [
            Block(kind: .paragraph, text: "Intro paragraph."),
            Block(
                kind: .embed, text: tweet, provider: "twitter", author: "Rami Saleh", handle: "@RamiSaleh",
                date: "2022-01-28", url: "https://twitter.com/RamiSaleh/status/1"),
            Block(kind: .embed, text: "a post shown in another part", provider: "instagram"),
        ]
        let stage = try ExtractStage(options: .init())
        guard case .emit(let out) = try stage.process(ExtractInput.record(text, lang: .en, blocks: blocks), context: .testing())
        else { return XCTFail() }
        let facts = try XCTUnwrap(out.first).facts
        assertSpansMatch(facts, in: text)
        XCTAssertEqual(facts.embeds.count, 2)
        XCTAssertEqual(facts.embeds[0].author, "Rami Saleh")
        XCTAssertEqual(facts.embeds[0].handle, "@RamiSaleh")
        XCTAssertEqual(facts.embeds[0].date, "2022-01-28")
        XCTAssertEqual(facts.embeds[0].span?.start, ExtractInput.range(of: "Fighters", in: text).lowerBound)
        XCTAssertEqual(facts.embeds[0].span?.text, tweet)
        XCTAssertNil(facts.embeds[1].span, "its text is not in this part")
        // The author is a person even without the handle after the name.
        XCTAssertTrue(facts.entities.contains { $0.kind == .person && $0.name == "Rami Saleh" })
    }
}
