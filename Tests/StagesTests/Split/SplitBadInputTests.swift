import XCTest

@testable import Stages

/// Text that is not prose: every block still lands in exactly one part, with a defined label,
/// and every segment's offsets point at its own text.
final class SplitBadInputTests: XCTestCase {
    private let stage = try! SplitStage(options: .init())

    private func split(_ blocks: [String]) throws -> [SplitRecord] {
        let parts = try stage.parts(of: blocks)
        for part in parts {
            let scalars = Array(part.text.unicodeScalars)
            XCTAssertEqual(part.segments.count, part.blocks.count)
            for (segment, block) in zip(part.segments, part.blocks) {
                XCTAssertEqual(String(String.UnicodeScalarView(scalars[segment.start..<segment.end])), block.text)
                XCTAssertEqual(segment.lang, part.lang)
            }
        }
        return parts
    }

    private let arabic = "أعلنت الحكومة عن خطة جديدة للمياه في المدينة."

    func testDigitsPunctuationAndEmojiAloneAreOther() throws {
        for text in ["2024 — 15.3%", "!!! ... ؟؟", "😀🎉👍", "\u{200F}\u{200E}\u{200B}"] {
            let parts = try split([text])
            XCTAssertEqual(parts.map(\.lang), [.other], text.debugDescription)
            XCTAssertEqual(parts.first?.text, text)
        }
    }

    func testNonProseBlocksTakeTheirNeighboursLanguage() throws {
        let blocks = [arabic, "😀🎉", "\u{200F}١٢٣\u{200F}", "...", arabic]
        let parts = try split(blocks)
        XCTAssertEqual(parts.map(\.lang), [.ar])
        XCTAssertEqual(parts[0].segments.map(\.block), [0, 1, 2, 3, 4], "no segment is lost")
        XCTAssertEqual(parts[0].blocks.map(\.text), blocks)
    }

    func testInvisibleControlsInsideArabicKeepItArabic() throws {
        let text = "\u{200F}أعلنت\u{200B} الحكومة\u{2067} عن خطة\u{2069} جديدة\u{FEFF} للمياه في المدينة."
        let parts = try split([text])
        XCTAssertEqual(parts.map(\.lang), [.ar])
        XCTAssertEqual(parts[0].text, text)
    }

    func testMixedScriptsInsideAWordDoNotCrash() throws {
        let parts = try split(["abcعربيxyz Ωmega中文ش 12ab٣٤", arabic])
        XCTAssertEqual(parts.flatMap(\.segments).count, 2)
        XCTAssertEqual(Set(parts.flatMap(\.segments).map(\.block)), [0, 1])
    }

    func testWhitespaceAroundTextIsTrimmedFromTheRun() throws {
        let parts = try split(["  \n" + arabic + "\n  "])
        XCTAssertEqual(parts.first?.text, arabic)
    }

    func testPersianDigitsAndJoinersAreEvidenceAgainstArabic() throws {
        XCTAssertEqual(try split(["در سال ۱۴۰۲ می‌خواهند برنامه‌ها را اجرا کنند"]).map(\.lang), [.other])
    }
}
