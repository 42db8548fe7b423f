import XCTest
@testable import Stages

final class TaggerTokenizerTests: XCTestCase {
    private func spans(_ text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return TaggerTokenizer.tokenize(text).tokens.map { t in
            "\(t.start):" + String(String.UnicodeScalarView(scalars[t.start..<t.end]))
        }
    }

    private func folded(_ text: String) -> [String] {
        let tokens = TaggerTokenizer.tokenize(text)
        return tokens.tokens.map { t in
            String(String.UnicodeScalarView(tokens.folded[t.foldStart..<t.foldEnd].compactMap(Unicode.Scalar.init)))
        }
    }

    func testArabicWithCliticsDiacriticsAndPunctuation() {
        // Clitics stay on the word; a diacritic stays inside its word; each mark is a token.
        XCTAssertEqual(
            spans("قال الرئيسُ، وبالأمس: زار (دمشق)."),
            ["0:قال", "4:الرئيسُ", "11:،", "13:وبالأمس", "20::", "22:زار", "26:(", "27:دمشق", "31:)", "32:."])
    }

    func testFoldingDropsDiacriticsAndTatweelAndFoldsLetters() {
        XCTAssertEqual(folded("مُحَمَّد أحمد إلى مدرسـة Paris ٢٠٢٤"), ["محمد", "احمد", "الي", "مدرسه", "paris", "0000"])
    }

    func testEnglishAndMixedText() {
        XCTAssertEqual(spans("Mr. Smith's car"), ["0:Mr", "2:.", "4:Smith", "9:'", "10:s", "12:car"])
        XCTAssertEqual(spans("زار Paris في 2024م، ثم عاد"), ["0:زار", "4:Paris", "10:في", "13:2024م", "18:،", "20:ثم", "23:عاد"])
    }

    func testShapes() {
        let shapes = TaggerTokenizer.tokenize("دمشق Paris NATO iphone 2024 A4 ؟").tokens.map(\.shape)
        XCTAssertEqual(shapes, [.arabic, .capitalized, .allCaps, .lowerLatin, .digits, .mixed, .punctuation])
    }

    func testEmojiAndInvisibleCharactersAndEmptyText() {
        XCTAssertTrue(TaggerTokenizer.tokenize("").tokens.isEmpty)
        XCTAssertTrue(TaggerTokenizer.tokenize(" \n\t\u{200F} ").tokens.isEmpty)
        // An emoji is a token of its own; its skin-tone modifier is another; offsets count scalars.
        XCTAssertEqual(spans("👍🏽 مرحبا\u{200C}بكم"), ["0:👍", "1:🏽", "3:مرحبا", "9:بكم"])
    }
}
