import XCTest

@testable import Stages

/// English dates and times added for Duckling-level coverage, on news sentences published
/// 2022-01-28T12:00:00+03:00 (a Friday at noon); the news (past) preference unless said.
final class EnglishTimeTests: XCTestCase {
    private func annotation(_ text: String, _ surface: String, prefer: String = "past") throws -> Annotation? {
        try NormalizeTesting.annotations(text, prefer: prefer).named(surface)
    }

    private func value(_ text: String, _ surface: String, prefer: String = "past") throws -> String? {
        try annotation(text, surface, prefer: prefer)?.value.text
    }

    func testCountedSpansBackAndAhead() throws {
        let past = try XCTUnwrap(annotation("Prices have risen over the last two weeks, traders said.", "last two weeks"))
        XCTAssertEqual(past.kind, .range)
        // Weeks start on Monday: the week of the 28th starts on the 24th.
        XCTAssertEqual(past.value.text, "2022-01-10/2022-01-17")
        XCTAssertEqual(try value("Rain is forecast for the next 3 days.", "next 3 days"), "2022-01-29/2022-01-31")
        XCTAssertEqual(
            try value("Output fell in the past 2 hours.", "past 2 hours"),
            "2022-01-28T10:00:00+03:00/2022-01-28T12:00:00+03:00")
        XCTAssertEqual(try value("Results are due in the next three months.", "next three months"), "2022-02/2022-04")
    }

    func testInstantsAheadOfThePublication() throws {
        XCTAssertEqual(try value("The polls close in 2 hours.", "in 2 hours"), "2022-01-28T14:00:00+03:00")
        XCTAssertEqual(try value("He will speak in half an hour.", "in half an hour"), "2022-01-28T12:30:00+03:00")
        XCTAssertEqual(try value("Doors open 15 minutes from now.", "15 minutes from now"), "2022-01-28T12:15:00+03:00")
        XCTAssertEqual(try value("The ceasefire ends in three days.", "in three days"), "2022-01-31")
    }

    func testAYearLookedBackOverIsNoDateAhead() throws {
        let a = try NormalizeTesting.annotations("Shares rose for the first time in two years.")
        XCTAssertFalse(a.contains { $0.kind == .date || $0.kind == .range || $0.kind == .time })
    }

    func testUpcomingCountsTheUnitsAhead() throws {
        // As Duckling: "upcoming two weeks" is the week two weeks on.
        XCTAssertEqual(try value("The summit is set for the upcoming two weeks.", "upcoming two weeks"), "2022-02-07")
    }

    func testQuarters() throws {
        let q = try XCTUnwrap(annotation("Profits rose in the third quarter.", "the third quarter"))
        XCTAssertEqual(q.value.text, "2022-07")
        XCTAssertEqual(q.grain, .quarter)
        XCTAssertEqual(try value("The firm expects growth next quarter.", "next quarter"), "2022-04")
        XCTAssertEqual(try value("Revenue in the 4th qtr of 2018 fell.", "the 4th qtr of 2018"), "2018-10")
        XCTAssertEqual(try value("Its 2018Q4 report was late.", "2018Q4"), "2018-10")
    }

    func testEndsAndBeginningsOfWeeksAndYears() throws {
        // Friday to Sunday of next week; January to March of 2017.
        XCTAssertEqual(try value("A decision is expected at the end of next week.", "end of next week"), "2022-02-04/2022-02-06")
        XCTAssertEqual(try value("Talks began at the beginning of 2017.", "beginning of 2017"), "2017-01/2017-03")
        XCTAssertEqual(try value("The plan runs to the end of the year.", "end of the year"), "2022-09/2022-12")
        XCTAssertEqual(try value("The report is due EOM, officials said.", "EOM"), "2022-01-21/2022-01-31")
        // "boy" in lower case is a word.
        XCTAssertTrue(try NormalizeTesting.annotations("The boy said so.").isEmpty)
    }

    func testWeekdaysOfNamedWeeks() throws {
        XCTAssertEqual(try value("The vote is on Wednesday of next week.", "Wednesday of next week"), "2022-02-02")
        XCTAssertEqual(try value("They met on Sunday from last week.", "Sunday from last week"), "2022-01-23")
        XCTAssertEqual(try value("Talks resume Friday after next.", "Friday after next", prefer: "future"), "2022-02-11")
        // "next Monday" is next week's Monday.
        XCTAssertEqual(try value("Schools reopen next Monday.", "next Monday"), "2022-01-31")
        XCTAssertEqual(try value("It happened 2 Thursdays ago.", "2 Thursdays ago"), "2022-01-20")
    }

    func testPartOfDayWithATime() throws {
        XCTAssertEqual(try value("Tonight at 9, the president spoke.", "Tonight at 9"), "2022-01-28T21:00:00+03:00")
        XCTAssertEqual(try value("This morning at 10 markets opened.", "This morning at 10"), "2022-01-28T10:00:00+03:00")
        XCTAssertEqual(
            try value("The hearing is tomorrow afternoon at 5.", "tomorrow afternoon at 5"), "2022-01-29T17:00:00+03:00")
        XCTAssertEqual(try value("Crowds gathered late last night.", "late last night"), "2022-01-27T21:00:00+03:00")
    }

    func testTwentyFourHourTimesAndRangesInOneZone() throws {
        // "3h18" is 3:18 in the morning, not the afternoon.
        XCTAssertEqual(try value("The quake struck at 3h18.", "3h18"), "2022-01-28T03:18:00+03:00")
        XCTAssertEqual(
            try value("The session runs 9:30 - 11:00 GMT.", "9:30 - 11:00 GMT"),
            "2022-01-28T12:30:00+03:00/2022-01-28T14:00:00+03:00")
        XCTAssertEqual(
            try value("Voting ran 9h30 - 11h00 in the capital.", "9h30 - 11h00"),
            "2022-01-28T09:30:00+03:00/2022-01-28T11:00:00+03:00")
    }

    func testShortNumericDates() throws {
        XCTAssertEqual(try value("He was born 10/31/74 in Ohio.", "10/31/74"), "1974-10-31")
        XCTAssertEqual(try value("The deal closes on 2/15 at the latest.", "2/15"), "2022-02-15")
        XCTAssertEqual(try value("Shipments resumed in 2/2013.", "2/2013"), "2013-02")
        // Without a preposition "3/15" stays a fraction, and "24/7" a phrase.
        let a = try NormalizeTesting.annotations("Turnout was 3/15 of voters; 24/7 coverage continued.")
        XCTAssertFalse(a.contains { $0.kind == .date })
    }

    func testDayOfTheMonthAlone() throws {
        XCTAssertEqual(try value("The vote was held on the 15th.", "the 15th"), "2022-01-15")
        XCTAssertEqual(try value("The vote is on the 15th.", "the 15th", prefer: "future"), "2022-02-15")
        let a = try NormalizeTesting.annotations("They succeeded on the first attempt.")
        XCTAssertFalse(a.contains { $0.kind == .date })
    }

    func testWeekendsAndSeasons() throws {
        XCTAssertEqual(
            try value("Protests continued this past weekend.", "this past weekend"),
            "2022-01-21T18:00:00+03:00/2022-01-24T00:00:00+03:00")
        XCTAssertEqual(try value("The drought of last summer hurt farmers.", "last summer"), "2021-06-21/2021-09-22")
        XCTAssertEqual(try value("This winter is mild.", "This winter"), "2021-12-21/2022-03-19")
    }

    func testHolidays() throws {
        XCTAssertEqual(try value("Shops opened on Black Friday.", "Black Friday"), "2021-11-26")
        XCTAssertEqual(try value("Crowds gathered on Good Friday 2021.", "Good Friday 2021"), "2021-04-02")
        // A fixed feast within a month ahead is this year's, as announced events are.
        XCTAssertEqual(try value("Valentine's Day sales are expected to rise.", "Valentine's Day"), "2022-02-14")
        XCTAssertEqual(try value("He returned last Easter.", "last Easter"), "2021-04-04")
        XCTAssertEqual(try value("It closes next Halloween.", "next Halloween"), "2022-10-31")
        XCTAssertEqual(try value("Orthodox Easter 2018 fell late.", "Orthodox Easter 2018"), "2018-04-08")
        // Jewish feasts begin at sundown: the value is the eve (Yom Kippur 2018 was 19 September).
        XCTAssertEqual(try value("Yom Kippur 2018 began at sundown.", "Yom Kippur 2018"), "2018-09-18")
        XCTAssertEqual(try value("Chinese New Year 2014 drew crowds.", "Chinese New Year 2014"), "2014-01-31")
    }

    func testWeekdayAbbreviations() throws {
        XCTAssertEqual(try value("The market reopened on Thu, officials said.", "Thu"), "2022-01-27")
        // "sat." is a verb: no date.
        XCTAssertTrue(try NormalizeTesting.annotations("The committee sat.").isEmpty)
    }

    func testByASpanAheadRunsFromNow() throws {
        XCTAssertEqual(
            try value("The law takes effect by the end of the month.", "by the end of the month"),
            "2022-01-28T12:00:00+03:00/2022-01-31")
        // A span already past stays itself.
        XCTAssertEqual(try value("It was done by the end of last week.", "by the end of last week"), "2022-01-21/2022-01-23")
    }

    func testFeastsCountedFromAShift() throws {
        XCTAssertEqual(try value("He hopes to be home Thanksgiving in 3 years.", "Thanksgiving in 3 years"), "2025-11-27")
        XCTAssertEqual(try value("They met Thanksgiving 1 year ago.", "Thanksgiving 1 year ago"), "2021-11-25")
        XCTAssertEqual(try value("Fasting during Ramadan 2018 began in May.", "Ramadan 2018"), "2018-05-16/2018-06-14")
        XCTAssertEqual(try value("Crowds filled the streets on King's Day 2014.", "King's Day 2014"), "2014-04-26")
        XCTAssertEqual(
            try value("Services were held on the morning of Christmas 2021.", "morning of Christmas 2021"),
            "2021-12-25T00:00:00+03:00")
    }

    func testMoreTimesOfDay() throws {
        XCTAssertEqual(try value("The launch is set for twelve oh three.", "twelve oh three"), "2022-01-28T12:03:00+03:00")
        XCTAssertEqual(try value("We leave at 9 tomorrow morning.", "9 tomorrow morning"), "2022-01-29T09:00:00+03:00")
        XCTAssertEqual(try value("Reply ASAP, he wrote.", "ASAP"), "2022-01-28T12:00:00+03:00")
        // "ten thirty" alone may be a count ("ten thirty-year bonds"): no time.
        XCTAssertFalse(try NormalizeTesting.annotations("It sold ten thirty-year bonds.").contains { $0.kind == .time })
    }

    func testYearsBeforeChristAreNoDates() throws {
        XCTAssertFalse(try NormalizeTesting.annotations("Rome was sacked in 390 BC and rebuilt in 2014 BC plans.").contains {
            $0.kind == .date
        })
    }

    func testSpokenClockForms() throws {
        XCTAssertEqual(try value("The train left at 3 15, officials said.", "3 15"), "2022-01-28T03:15:00+03:00")
        XCTAssertEqual(try value("We met at half three.", "half three"), "2022-01-28T03:30:00+03:00")
        XCTAssertEqual(try value("It starts at 3 in the PM.", "3 in the PM"), "2022-01-28T15:00:00+03:00")
        XCTAssertEqual(try value("Drinks start at 3ish pm, he said.", "3ish pm"), "2022-01-28T15:00:00+03:00")
        // "at 3 15" needs no word after the minutes: "at 3 15-minute intervals" is no time.
        XCTAssertFalse(try NormalizeTesting.annotations("Buses run at 3 15 minute intervals.").contains { $0.surface == "3 15" })
        XCTAssertEqual(try value("The bell rang at ten-thirty.", "ten-thirty"), "2022-01-28T10:30:00+03:00")
        XCTAssertEqual(
            try value("Clashes resumed early in the morning.", "early in the morning"), "2022-01-28T00:00:00+03:00")
    }

    func testFewAndWholeWeeks() throws {
        XCTAssertEqual(try value("Rain is due in the next few days.", "next few days"), "2022-01-29/2022-01-31")
        XCTAssertEqual(try value("Shops stay shut for the rest of the week.", "rest of the week"), "2022-01-28/2022-01-30")
        XCTAssertEqual(try value("It rained all week.", "all week"), "2022-01-24/2022-01-30")
    }

    func testCountedFromTheEnd() throws {
        XCTAssertEqual(try value("Voting ends on the fifth last day of May.", "the fifth last day of May"), "2021-05-27")
        XCTAssertEqual(try value("The audit covers the 3rd last week of 2018.", "the 3rd last week of 2018"), "2018-12-10")
        XCTAssertEqual(try value("Jamat Ul-Vida 2017 prayers drew crowds.", "Jamat Ul-Vida 2017"), "2017-06-23")
    }

    func testCalendarDayArithmetic() {
        let day = CalendarDay(year: 2024, month: 2, day: 28)!
        XCTAssertEqual(day.adding(days: 2), CalendarDay(year: 2024, month: 3, day: 1))
        XCTAssertEqual(day.adding(days: -59), CalendarDay(year: 2023, month: 12, day: 31))
    }
}
