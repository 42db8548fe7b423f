import XCTest

@testable import Stages

final class ScriptSplitterTests: XCTestCase {
    private func pieces(_ text: String) -> [String] {
        let scalars = text.unicodeScalars.map(\.value)
        return ScriptSplitter.pieces(scalars, 0..<scalars.count).map {
            String(String.UnicodeScalarView(scalars[$0].map { Unicode.Scalar($0)! }))
        }
    }

    func testAnEnglishTitleRunIntoUrduIsCutWhereTheScriptChanges() {
        XCTAssertEqual(pieces("Daily Business Review Home / Archives: وزیر اعظم نے آج کابینہ کا اجلاس طلب کیا ہے۔"), [
            "Daily Business Review Home / Archives:", "وزیر اعظم نے آج کابینہ کا اجلاس طلب کیا ہے۔",
        ])
    }

    func testANameOrAcronymDoesNotCutASentence() {
        let arabic = "وقال John Smith مدير منظمة WHO إن الوضع الصحي في المنطقة يتحسن ببطء."
        XCTAssertEqual(pieces(arabic), [arabic])
        let english = "The minister met the head of the مجلس in Baghdad on Monday morning."
        XCTAssertEqual(pieces(english), [english])
    }

    func testDigitsAndPunctuationStayWithTheTextBeforeThem() {
        XCTAssertEqual(pieces("Breaking news from the capital 2015 — أعلنت الحكومة عن خطة جديدة للمياه"), [
            "Breaking news from the capital 2015 —", "أعلنت الحكومة عن خطة جديدة للمياه",
        ])
    }
}
