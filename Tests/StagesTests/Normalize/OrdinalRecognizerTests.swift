import XCTest

@testable import Stages

final class OrdinalRecognizerTests: XCTestCase {
    private func ordinals(_ s: String) -> [String: Double] {
        let text = TokenizedText(s)
        var out: [String: Double] = [:]
        for m in OrdinalRecognizer().mentions(in: text) {
            guard case .resolved(.number(let v), _) = m.value else { continue }
            out[text.surface(m.start, m.end)] = v
        }
        return out
    }

    func testEnglish() {
        XCTAssertEqual(ordinals("1st 22nd 103rd"), ["1st": 1, "22nd": 22, "103rd": 103])
        XCTAssertEqual(ordinals("first tenth"), ["first": 1, "tenth": 10])
        // The recognizer also reports the "first" inside; the overlap resolver keeps the longer one.
        XCTAssertEqual(ordinals("twenty-first")["twenty-first"], 21)
    }

    func testArabic() {
        XCTAssertEqual(ordinals("للمرة الأولى"), ["الأولى": 1])
        XCTAssertEqual(ordinals("العاشرة"), ["العاشرة": 10])
        XCTAssertEqual(ordinals("ثالث أكبر"), ["ثالث": 3])
        XCTAssertEqual(ordinals("الحادي عشر"), ["الحادي عشر": 11])
        XCTAssertEqual(ordinals("الخامس والعشرين"), ["الخامس والعشرين": 25])
    }

    func testNotOrdinals() {
        // A bare feminine form (ثانية is also "a second"), الحادي alone, and month names.
        XCTAssertEqual(ordinals("ثانية الحادي كانون الثاني تشرين الأول"), [:])
    }
}
