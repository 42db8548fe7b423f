import Foundation
import XCTest

@testable import Stages

/// A date written in Hijri keeps its Hijri form in `hijri`; `value` is the Gregorian day
/// (Umm al-Qura).
final class HijriAnnotationTests: XCTestCase {
    private func annotation(_ text: String, _ surface: String, published: String? = "2024-04-20T09:00:00+03:00")
        throws -> Annotation?
    {
        try NormalizeTesting.annotations(text, published: published).named(surface)
    }

    func testADayKeepsItsHijriDay() throws {
        let a = try annotation("أعلنت الوزارة يوم 15 رمضان 1445 هـ موعد الامتحانات", "15 رمضان 1445 هـ")
        XCTAssertEqual(a?.value, .text("2024-03-25"))
        XCTAssertEqual(a?.grain, .day)
        XCTAssertEqual(a?.hijri, "1445-09-15")
    }

    func testNumericHijriDate() throws {
        let a = try annotation("صدر القرار بتاريخ 14/09/1432هـ", "14/09/1432هـ")
        XCTAssertEqual(a?.value, .text("2011-08-14"))
        XCTAssertEqual(a?.hijri, "1432-09-14")
    }

    func testAMonthAndAYearKeepTheirGrain() throws {
        let month = try annotation("تبدأ الدورة في شهر رمضان 1445 هـ", "شهر رمضان 1445 هـ")
        XCTAssertEqual(month?.value, .text("2024-03-11/2024-04-09"))
        XCTAssertEqual(month?.hijri, "1445-09")
        let year = try annotation("الميزانية العامة لعام 1443 هـ", "عام 1443 هـ")
        XCTAssertEqual(year?.hijri, "1443")
        XCTAssertEqual(year?.value.text?.prefix(10), "2021-08-09")
    }

    func testAYearlessHijriDayResolvesAndKeepsTheYearItFellIn() throws {
        // Published in Shawwal 1445: "15 رمضان" is the one just past.
        let a = try annotation("وكان الهجوم قد وقع في 15 رمضان الماضي", "15 رمضان")
        XCTAssertEqual(a?.value, .text("2024-03-25"))
        XCTAssertEqual(a?.hijri, "1445-09-15")
    }

    func testARangeOfHijriDays() throws {
        let a = try annotation("تستمر الإجازة من 1 إلى 5 شوال 1445 هـ", "من 1 إلى 5 شوال 1445 هـ")
        XCTAssertEqual(a?.value, .text("2024-04-10/2024-04-14"))
        XCTAssertEqual(a?.hijri, "1445-10-01/1445-10-05")
    }

    func testAHijriDayWithATime() throws {
        let a = try annotation("14-09-1432 هـ, 09:40 صباحاً", "14-09-1432 هـ, 09:40 صباحاً")
        XCTAssertEqual(a?.value, .text("2011-08-14T09:40:00+03:00"))
        XCTAssertEqual(a?.hijri, "1432-09-14")
    }

    func testWithoutAReferenceAWrittenDayStillTakesItsTime() throws {
        let all = try NormalizeTesting.annotations("29-02-1433 هـ, 06:22 صباحاً", published: nil)
        XCTAssertEqual(all.count, 1)
        XCTAssertEqual(all.first?.value, .text("2012-01-23T06:22:00"))
        XCTAssertEqual(all.first?.hijri, "1433-02-29")
        // A time with no day and no reference has no value, and its digits are no numbers.
        XCTAssertEqual(try NormalizeTesting.annotations("الساعة 06:22 صباحاً", published: nil), [])
    }

    func testGregorianDatesHaveNoHijri() throws {
        let all = try NormalizeTesting.annotations("في 28 يناير 2022 وقبل يومين")
        XCTAssertEqual(all.named("28 يناير 2022")?.hijri, nil)
        XCTAssertEqual(all.named("قبل يومين")?.hijri, nil)
    }

    func testHijriIsLeftOutOfTheJSONWhenAbsentAndRoundTrips() throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let plain = Annotation(kind: .number, start: 0, end: 2, surface: "12", value: .number(12))
        XCTAssertEqual(
            String(decoding: try encoder.encode(plain), as: UTF8.self),
            #"{"end":2,"kind":"number","start":0,"surface":"12","value":12}"#)
        let hijri = Annotation(
            kind: .date, start: 0, end: 10, surface: "x", value: .text("2022-01-28"), grain: .day, hijri: "1443-06-25")
        let json = try encoder.encode(hijri)
        XCTAssertTrue(String(decoding: json, as: UTF8.self).contains(#""hijri":"1443-06-25""#))
        XCTAssertEqual(try JSONDecoder().decode(Annotation.self, from: json), hijri)
        XCTAssertEqual(try JSONDecoder().decode(Annotation.self, from: try encoder.encode(plain)), plain)
    }
}
