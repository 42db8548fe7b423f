import XCTest

@testable import Stages

final class RelativeDateResolverTests: XCTestCase {
    private let friday = CalendarDay(year: 2022, month: 1, day: 28)!
    private let past = RelativeDateResolver(preference: .past)
    private let future = RelativeDateResolver(preference: .future)

    private func value(_ r: RelativeDateResolver, _ d: RelativeDate, _ ref: CalendarDay? = nil) -> String? {
        r.resolve(d, reference: ref ?? friday).map { $0.0.iso($0.1) }
    }

    func testReferenceParsing() {
        XCTAssertEqual(CalendarDay(iso: "2022-01-28T23:30:00-05:00"), friday)  // the local date
        XCTAssertEqual(CalendarDay(iso: "2022-01-28"), friday)
        XCTAssertNil(CalendarDay(iso: "2022-02-30"))
        XCTAssertNil(CalendarDay(iso: "Fri, 28 Jan 2022"))
        XCTAssertNil(CalendarDay(iso: "2022-01-280"))
    }

    func testShifts() {
        XCTAssertEqual(value(past, .shift(-1, .day)), "2022-01-27")
        XCTAssertEqual(value(past, .shift(-2, .week)), "2022-01-14")
        XCTAssertEqual(value(past, .shift(-1, .month)), "2021-12")
        XCTAssertEqual(value(past, .shift(-1, .year)), "2021")
        XCTAssertEqual(value(past, .shift(-5, .day), CalendarDay(year: 2024, month: 3, day: 2)), "2024-02-26")
        XCTAssertEqual(past.resolve(.shift(-1, .month), reference: friday)?.1, .month)
    }

    func testPeriods() {
        // The week of Friday 2022-01-28 starts on Monday 2022-01-24.
        XCTAssertEqual(value(past, .period(-1, .week)), "2022-01-17")
        XCTAssertEqual(value(past, .period(0, .week)), "2022-01-24")
        XCTAssertEqual(value(past, .period(-1, .month)), "2021-12")
        XCTAssertEqual(value(past, .period(1, .year)), "2023")
        // A Sunday belongs to the week that started the Monday before.
        XCTAssertEqual(value(past, .period(0, .week), CalendarDay(year: 2022, month: 1, day: 30)), "2022-01-24")
    }

    func testWeekdays() {
        let thursday = 5
        let friday = 6
        XCTAssertEqual(value(past, .weekday(thursday, .preferred)), "2022-01-27")
        XCTAssertEqual(value(future, .weekday(thursday, .preferred)), "2022-02-03")
        // The publication day itself: past keeps it, future takes the next one.
        XCTAssertEqual(value(past, .weekday(friday, .preferred)), "2022-01-28")
        XCTAssertEqual(value(future, .weekday(friday, .preferred)), "2022-02-04")
        XCTAssertEqual(value(past, .weekday(friday, .last)), "2022-01-21")
        XCTAssertEqual(value(past, .weekday(friday, .next)), "2022-02-04")
        XCTAssertEqual(value(future, .weekday(thursday, .last)), "2022-01-27")
    }

    func testMonthsWithoutYear() {
        XCTAssertEqual(value(past, .month(1, .preferred)), "2022-01")
        XCTAssertEqual(value(past, .month(3, .preferred)), "2021-03")
        XCTAssertEqual(value(future, .month(3, .preferred)), "2022-03")
        XCTAssertEqual(value(future, .month(1, .preferred)), "2022-01")
        XCTAssertEqual(value(past, .month(1, .last)), "2021-01")
        XCTAssertEqual(value(past, .month(1, .next)), "2023-01")
    }

    func testDaysWithoutYear() {
        // Past: this year unless that is more than a month after the reference.
        XCTAssertEqual(value(past, .dayOfMonth(day: 10, month: 2, weekday: nil)), "2022-02-10")
        XCTAssertEqual(value(past, .dayOfMonth(day: 10, month: 3, weekday: nil)), "2021-03-10")
        // Future: this year unless the month is before the reference's (as Duckling: a day of
        // the current month stays in it).
        XCTAssertEqual(value(future, .dayOfMonth(day: 27, month: 1, weekday: nil)), "2022-01-27")
        XCTAssertEqual(value(future, .dayOfMonth(day: 27, month: 12, weekday: nil)), "2022-12-27")
        XCTAssertEqual(value(future, .dayOfMonth(day: 28, month: 1, weekday: nil)), "2022-01-28")
        // A weekday picks the year it fits: 3 March 2022 is a Thursday (2021: a Wednesday).
        let thursday = 5
        let sunday = 1
        XCTAssertEqual(value(past, .dayOfMonth(day: 3, month: 3, weekday: thursday)), "2022-03-03")
        // A weekday that fits none of the years: as without one.
        XCTAssertEqual(value(past, .dayOfMonth(day: 3, month: 3, weekday: sunday)), "2021-03-03")
        // 10 February 2013 is a Sunday, before a Tuesday 12 February reference.
        let tuesday = CalendarDay(year: 2013, month: 2, day: 12)!
        XCTAssertEqual(value(future, .dayOfMonth(day: 10, month: 2, weekday: sunday), tuesday), "2013-02-10")
        let march = CalendarDay(year: 2013, month: 3, day: 12)!
        XCTAssertEqual(value(future, .dayOfMonth(day: 10, month: 2, weekday: nil), march), "2014-02-10")
        XCTAssertNil(value(past, .dayOfMonth(day: 29, month: 2, weekday: nil)))  // 2022 is not a leap year
    }
}
