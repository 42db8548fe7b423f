import XCTest

@testable import Stages

/// Inputs that must not crash the stage nor yield a wrong value: each gets no annotation
/// (or none of the kind that would be wrong).
final class BadInputTests: XCTestCase {
    private func dates(_ text: String, published: String? = "2022-01-28T12:00:00+03:00") throws -> [Annotation] {
        try NormalizeTesting.annotations(text, published: published).filter { [.date, .time, .range].contains($0.kind) }
    }

    func testAnImpossibleDateIsNoDate() throws {
        XCTAssertEqual(try dates("وقع الحادث في 31 شباط 2022").map(\.surface), [])
        XCTAssertEqual(try dates("on February 30, 2021").map(\.surface), [])
    }

    func testYearZeroIsNoDate() throws {
        XCTAssertEqual(try dates("في 1 يناير 0000 وفي عام 0").map(\.surface), [])
        XCTAssertEqual(try dates("01/01/0000").map(\.surface), [])
    }

    func testAFortyDigitNumberHasNoValue() throws {
        let digits = String(repeating: "1234567890", count: 4)
        let a = try NormalizeTesting.annotations("الرمز \(digits) فقط")
        XCTAssertFalse(a.contains { $0.kind == .number && $0.surface.count > 15 }, "\(a)")
    }

    func testMixedDigitSystemsInOneNumberHaveNoValue() throws {
        let a = try NormalizeTesting.annotations("قتل ١2٣ شخصاً و٤٥ آخرون")
        XCTAssertFalse(a.contains { $0.surface.hasPrefix("12") || $0.surface.contains("123") }, "\(a.surfaces)")
        XCTAssertEqual(a.first { $0.kind == .number && $0.surface == "45" }?.value, .number(45))
    }

    func testAHijriDateOutsideTheCalendarIsNoDate() throws {
        XCTAssertEqual(try dates("في 15 رمضان 1700 هـ").map(\.surface), [])
        XCTAssertEqual(try dates("بتاريخ 30/2/1200هـ").map(\.surface), [])
    }

    func testA30thOfA29DayHijriMonthDoesNotRollOver() throws {
        let calendar = HijriCalendar()
        var short = 0
        for month in 1...12 {
            guard let day29 = calendar.gregorian(year: 1445, month: month, day: 29) else { return XCTFail("no 29th") }
            if let day30 = calendar.gregorian(year: 1445, month: month, day: 30) {
                XCTAssertEqual(RelativeDateResolver(preference: .past).day(day29, plus: 1), day30)
            } else {
                short += 1
            }
        }
        XCTAssertGreaterThan(short, 0, "some months of 1445 have 29 days")
    }

    func testNoAnchorNoGuess() throws {
        XCTAssertEqual(try dates("الساعة الثالثة عصراً أمس الخميس", published: nil).map(\.surface), [])
        XCTAssertEqual(try dates("الآن وقبل يومين", published: "not a date").map(\.surface), [])
        // An absolute date needs no anchor.
        XCTAssertEqual(try dates("في 28 يناير 2022", published: nil).map(\.value), [.text("2022-01-28")])
    }

    func testABackwardsRangeIsNoRange() throws {
        XCTAssertFalse(try dates("من 15 إلى 13 تموز 2021").contains { $0.kind == .range })
    }
}
