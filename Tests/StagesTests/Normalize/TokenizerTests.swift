import XCTest

@testable import Stages

final class TokenizerTests: XCTestCase {
    func testKindsOffsetsAndAdjacency() {
        let text = TokenizedText("في 28/01/2022، twenty-one")
        XCTAssertEqual(
            text.tokens.map(\.kind),
            [.arabic, .digits, .symbol, .digits, .symbol, .digits, .symbol, .latin, .symbol, .latin])
        XCTAssertEqual(text.tokens.dropFirst().map(\.key), ["28", "/", "01", "/", "2022", "،", "twenty", "-", "one"])
        XCTAssertEqual(text[1].start, 3)
        XCTAssertTrue(text.adjacent(1))
        XCTAssertFalse(text.adjacent(0))
        XCTAssertTrue(text.adjacent(7))
    }

    func testURLsHandlesAndHashtagsAreOpaque() {
        let text = TokenizedText("see https://t.co/x9 and pic.twitter.com/tgH9xl3 @user12 #tag5 ok")
        XCTAssertEqual(text.tokens.filter { $0.kind == .opaque }.count, 4)
        XCTAssertFalse(text.tokens.contains { $0.kind == .digits })
    }

    func testArabicKeysIgnoreMarksAndHamzaForms() {
        let text = TokenizedText("غداً الأربعاء إبريل")
        XCTAssertEqual(
            text.tokens.map(\.arabicKey), [ArabicKey.key("غدا"), ArabicKey.key("الاربعاء"), ArabicKey.key("ابريل")])
        XCTAssertEqual(text[0].keyScalars.count, 3)
    }

    func testCliticReadingsSpanFromTheArticle() {
        let text = TokenizedText("وبالأمس")
        let readings = text[0].readings
        let article = readings.first { $0.stem == ArabicKey.key("أمس") }
        XCTAssertEqual(article?.hasArticle, true)
        XCTAssertEqual(article?.hasConjunction, true)
        XCTAssertEqual(article?.hasPreposition, true)
        XCTAssertEqual(article?.spanStart, 2)  // after و and ب, at ال
        // The unstripped reading comes first.
        XCTAssertEqual(readings.first?.stem, ArabicKey.key("وبالأمس"))
        XCTAssertEqual(text[0].keyScalars.count - (article?.stemStart ?? 0), 3)
    }
}
