import XCTest

@testable import Stages

final class DateLineTests: XCTestCase {
    private func date(_ text: String) -> String? {
        DateLine.date(in: text, letters: text.unicodeScalars.filter { !$0.properties.isWhitespace }.count)
    }

    func testEnglishAndArabicDateLines() {
        XCTAssertEqual(date("Published March 3, 2021"), "2021-03-03")
        XCTAssertEqual(date("Updated 5:27 am CST, Wednesday, November 20, 2019"), "2019-11-20")
        XCTAssertEqual(date("PUBLISHED: 10:48, Tue, Nov 19, 2019 | UPDATED: 11:05, Tue, Nov 19, 2019"), "2019-11-19")
        XCTAssertEqual(date("تم نشره الجمعة 24 نيسان / أبريل 2020 09:22 مساءً"), "2020-04-24")
        XCTAssertEqual(date("24 أبريل 2020"), "2020-04-24")
        XCTAssertEqual(date("الأربعاء، 28 آب/اغسطس 2013، آخر تحديث 14:00 (GMT+0400)"), "2013-08-28")
    }

    func testNumericDateLines() {
        XCTAssertEqual(date("نُشر في: 28/01/2022"), "2022-01-28")
        XCTAssertEqual(date("نُشر في: ٢٨/٠١/٢٠٢٢"), "2022-01-28")
        XCTAssertEqual(date("Posted 2022-01-28 12:00"), "2022-01-28")
        XCTAssertEqual(date("Posted 11/18/2019"), "2019-11-18", "the second number cannot be a month")
    }

    func testSentencesWithADateAreNotDateLines() {
        XCTAssertNil(date("The council will vote on the harbour budget on March 3, 2021, after a long debate."))
        XCTAssertNil(date("Harbour festival returns next summer"))
        XCTAssertNil(date("Call 2022 0128 for tickets"))
    }
}
