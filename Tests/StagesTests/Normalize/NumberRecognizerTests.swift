import XCTest

@testable import Stages

final class NumberRecognizerTests: XCTestCase {
    private func numbers(_ s: String) -> [String: Double] {
        let text = TokenizedText(DigitFolder.fold(s))
        var out: [String: Double] = [:]
        for m in NumberRecognizer().mentions(in: text) {
            guard case .resolved(.number(let v), _) = m.value else { continue }
            out[text.surface(m.start, m.end)] = v
        }
        return out
    }

    func testDigits() {
        XCTAssertEqual(
            numbers("1,200 و3.5 و٢٫٥ مليون و3 آلاف و10"),
            ["1,200": 1200, "3.5": 3.5, "2.5 مليون": 2_500_000, "3 آلاف": 3000, "10": 10])
        XCTAssertEqual(numbers("1,2345"), ["1": 1])  // not a thousands group
        XCTAssertEqual(numbers("-1.2 and 3 million and .5"), ["-1.2": -1.2, "3 million": 3_000_000, ".5": 0.5])
        XCTAssertEqual(numbers("COVID-19 and 2015-2020"), ["19": 19, "2015": 2015, "2020": 2020])
    }

    func testDigitsInsideWordsAreNotNumbers() {
        XCTAssertEqual(numbers("H5N1 abc123"), [:])
    }

    func testArabicWords() {
        XCTAssertEqual(numbers("واحد وعشرون"), ["واحد وعشرون": 21])
        XCTAssertEqual(numbers("أربعة و عشرون"), ["أربعة و عشرون": 24])
        XCTAssertEqual(numbers("مئة وخمسة وعشرون"), ["مئة وخمسة وعشرون": 125])
        XCTAssertEqual(numbers("ثلاثة عشر"), ["ثلاثة عشر": 13])
        XCTAssertEqual(numbers("إحدى عشرة"), ["إحدى عشرة": 11])
        XCTAssertEqual(numbers("ثلاث مئة"), ["ثلاث مئة": 300])
        XCTAssertEqual(numbers("خمسمائة"), ["خمسمائة": 500])
        XCTAssertEqual(numbers("مائتين"), ["مائتين": 200])
        XCTAssertEqual(numbers("ألفين"), ["ألفين": 2000])
        XCTAssertEqual(numbers("ثلاثة آلاف وخمسمائة"), ["ثلاثة آلاف وخمسمائة": 3500])
        XCTAssertEqual(numbers("خمسة عشر ألفاً"), ["خمسة عشر ألفاً": 15000])
        XCTAssertEqual(numbers("مليون ومئتا ألف"), ["مليون ومئتا ألف": 1_200_000])
        XCTAssertEqual(numbers("الواحد والعشرون"), ["الواحد والعشرون": 21])
        XCTAssertEqual(numbers("اربعه"), ["اربعه": 4])
    }

    func testArabicListsAndFalseFriendsStaySeparate() {
        // و between two units is a list, not a sum.
        XCTAssertEqual(numbers("ثلاثة وأربعة"), ["ثلاثة": 3, "أربعة": 4])
        // "لست" is "I am not"; أحد alone is "one of"; آلاف alone is "thousands of"; الاثنين is Monday.
        XCTAssertEqual(numbers("لست أدري، أحد المعتقلين وآلاف المتظاهرين يوم الاثنين"), [:])
    }

    func testEnglishWords() {
        XCTAssertEqual(numbers("twenty-one"), ["twenty-one": 21])
        XCTAssertEqual(numbers("two hundred and five"), ["two hundred and five": 205])
        XCTAssertEqual(numbers("a thousand"), ["a thousand": 1000])
        XCTAssertEqual(numbers("three million two hundred thousand"), ["three million two hundred thousand": 3_200_000])
        XCTAssertEqual(numbers("two dozen"), ["two dozen": 24])
        XCTAssertEqual(numbers("one two"), ["one": 1, "two": 2])
        XCTAssertEqual(numbers("a man"), [:])
    }
}
