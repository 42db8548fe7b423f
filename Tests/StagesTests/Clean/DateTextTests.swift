import XCTest

@testable import Stages

final class DateTextTests: XCTestCase {
    func testISO8601IsNormalisedKeepingTheOffset() {
        let cases: [(String, String?)] = [
            ("2022-01-28T12:00:00+03:00", "2022-01-28T12:00:00+03:00"),
            ("2022-01-28T12:00:00.123Z", "2022-01-28T12:00:00Z"),
            ("2022-01-28 12:00", "2022-01-28T12:00:00"),
            ("2022-01-28T12:00:00+0300", "2022-01-28T12:00:00+03:00"),
            ("2022-01-28T12:00:00 GMT+3", "2022-01-28T12:00:00+03:00"),
            ("2022-01-28T12:00:00 UTC", "2022-01-28T12:00:00Z"),
            ("  2022-1-8  ", "2022-01-08"),
            ("2022/01/28", "2022-01-28"),
            ("2022-01-28Tnonsense", "2022-01-28"),
            ("2022-02-30", nil),
            ("20220128", nil),
            ("not a date", nil),
            ("", nil),
        ]
        for (raw, expected) in cases {
            XCTAssertEqual(DateText.iso8601(raw), expected, raw)
        }
    }

    func testMonthNameDates() {
        XCTAssertEqual(DateText.monthNameDate("January 28, 2022"), "2022-01-28")
        XCTAssertEqual(DateText.monthNameDate("Fri, 28 Jan. 2022"), "2022-01-28")
        XCTAssertEqual(DateText.monthNameDate("٢٨ يناير ٢٠٢٢"), "2022-01-28")
        XCTAssertEqual(DateText.monthNameDate("الجمعة 24 نيسان 2020"), "2020-04-24")
        XCTAssertNil(DateText.monthNameDate("28 2022"))
        XCTAssertEqual(DateText.iso8601("March 5, 2021"), "2021-03-05")
    }

    func testDatesInURLPaths() {
        XCTAssertEqual(DateText.fromURLPath("https://a.example/2019/11/8/20948348/story"), "2019-11-08")
        XCTAssertEqual(DateText.fromURLPath("https://a.example/news/2020-06-03-1.387/x"), nil)
        XCTAssertEqual(DateText.fromURLPath("https://a.example/news/2020-06-03/x"), "2020-06-03")
        XCTAssertNil(DateText.fromURLPath("https://a.example/articles/6291787/x"))
    }

    func testTweetStatusIDsGiveTheirDay() {
        XCTAssertEqual(DateText.fromTweetURL("https://twitter.com/a/status/1487085556331446272?s=20"), "2022-01-28")
        XCTAssertNil(DateText.fromTweetURL("https://twitter.com/a"))
    }

    func testCivilDates() {
        XCTAssertTrue(CivilDays.date(days: 0) == (1970, 1, 1))
        XCTAssertTrue(CivilDays.date(days: 19_020) == (2022, 1, 28))
        XCTAssertTrue(CivilDays.date(days: 11_016) == (2000, 2, 29))
        XCTAssertTrue(CivilDays.date(days: -1) == (1969, 12, 31))
        for days in stride(from: -800_000, through: 800_000, by: 997) {
            let (y, m, d) = CivilDays.date(days: days)
            XCTAssertEqual(CivilDays.days(year: y, month: m, day: d), days)
        }
        XCTAssertEqual(CivilDays.weekday(days: CivilDays.days(year: 2022, month: 1, day: 28)), 6, "a Friday")
    }
}
