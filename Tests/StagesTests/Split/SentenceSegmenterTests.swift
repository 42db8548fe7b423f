import XCTest

@testable import Stages

final class SentenceSegmenterTests: XCTestCase {
    private func sentences(_ text: String) -> [String] {
        let scalars = text.unicodeScalars.map(\.value)
        return SentenceSegmenter.sentences(scalars).map { range in
            String(String.UnicodeScalarView(scalars[range].map { Unicode.Scalar($0)! }))
        }
    }

    func testLatinAndArabicStopsEndSentences() {
        XCTAssertEqual(sentences("He left. She stayed! Why? ok"), ["He left.", "She stayed!", "Why?", "ok"])
        XCTAssertEqual(sentences("هل وصل؟ نعم؛ وصل أمس… ثم غادر."), ["هل وصل؟", "نعم؛", "وصل أمس…", "ثم غادر."])
    }

    func testNumbersAbbreviationsAndLinksDoNotEndSentences() {
        XCTAssertEqual(sentences("It rose 3.5 percent at example.com today."), ["It rose 3.5 percent at example.com today."])
    }

    func testClosingQuotesStayAndLineBreaksCut() {
        XCTAssertEqual(sentences("He said \"no.\" Then\nleft »fast.«"), ["He said \"no.\"", "Then", "left »fast.«"])
    }

    func testBlankTextHasNoSentences() {
        XCTAssertEqual(sentences(" \n\t "), [])
        XCTAssertEqual(sentences(""), [])
    }
}
