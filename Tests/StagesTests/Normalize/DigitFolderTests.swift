import XCTest

@testable import Stages

final class DigitFolderTests: XCTestCase {
    func testFoldsArabicIndicAndPersianDigitsAndSeparators() {
        XCTAssertEqual(DigitFolder.fold("٠١٢٣٤٥٦٧٨٩"), "0123456789")
        XCTAssertEqual(DigitFolder.fold("۰۱۲۳۴۵۶۷۸۹"), "0123456789")
        XCTAssertEqual(DigitFolder.fold("١٬٢٠٠٫٥ دولار"), "1,200.5 دولار")
    }

    func testKeepsOneScalarForOneScalar() {
        let original = "قُتل ١٢ شخصاً، وأصيب ۳٥ آخرون في ٢٠٢٢ 😀 é"
        let folded = DigitFolder.fold(original)
        XCTAssertEqual(folded.unicodeScalars.count, original.unicodeScalars.count)
        XCTAssertEqual(folded, "قُتل 12 شخصاً، وأصيب 35 آخرون في 2022 😀 é")
    }

    func testLeavesEverythingElseAlone() {
        // Letters, marks, the Arabic comma and percent sign, and other scalars led by 0xD9/0xDB.
        let text = "أإآ ى ة ٪ ، ؛ ٭ ۔ ۝ مَرْحَبًا abc 123"
        XCTAssertEqual(DigitFolder.fold(text), text)
    }
}
