/// A date that the text gives relative to the article's publication date.
enum RelativeDate: Sendable, Equatable {
    /// Which occurrence of a weekday or month a text means.
    enum Direction: Sendable, Equatable {
        /// The stage's preference decides: the last one (news) or the next one (Duckling).
        case preferred
        /// Strictly before the reference ("الخميس الماضي", "last Friday").
        case last
        /// Strictly after the reference ("الخميس المقبل", "next Friday").
        case next
        /// The one after the next ("Friday after next", "March after next").
        case afterNext
    }

    /// A calendar unit for shifts and periods.
    enum Unit: Sendable, Equatable {
        case day, week, month, quarter, year
    }

    /// The reference shifted by `amount` units ("قبل يومين" is -2 days, "قبل شهر" -1 month).
    /// Days and weeks resolve at day grain, months at month grain, years at year grain.
    case shift(Int, Unit)
    /// The week, month or year holding the reference, moved by `offset` ("الأسبوع الماضي" is -1 week).
    case period(Int, Unit)
    /// A weekday, 1 = Sunday … 7 = Saturday (Foundation's numbering).
    case weekday(Int, Direction)
    /// A month with no year, at month grain.
    case month(Int, Direction)
    /// A day and month with no year, at day grain; a weekday written with it picks the year
    /// when one of the years around the reference matches it ("Sunday, Feb 10").
    case dayOfMonth(day: Int, month: Int, weekday: Int?)
    /// A day picked in a month that needs the reference ("الخامس من الشهر الجاري",
    /// "آخر اثنين من شهر آذار").
    case inMonth(MonthSpec, DayPick)
    /// A weekday of the week holding the reference, moved by `week` weeks (weeks start on Monday).
    case weekdayOfWeek(Int, week: Int)
    /// The n-th coming weekday (n > 0: "3 Fridays from now") or the n-th last (n < 0: "2 Thursdays ago").
    case weekdays(Int, count: Int)
    /// A month of the year `yearOffset` years from the reference's, at month grain (the end of the year).
    case monthOfYear(Int, yearOffset: Int)
    /// A quarter (1–4) of the year `yearOffset` years from the reference's ("the third quarter").
    case quarterOfYear(Int, yearOffset: Int)
    /// A day of the month with no month ("on the 15th"): in the reference's month, or the next
    /// (future) or last (past) month when the day is not yet or no longer there.
    case dayOfNearMonth(Int)
    /// A season (0 spring, 1 summer, 2 fall, 3 winter; nil: whichever holds the reference),
    /// moved by `offset` of its kind; its first day, or its last when `end`.
    case season(Int?, offset: Int, end: Bool)
    /// A feast, month or day at or after the anchor ("Thanksgiving in 3 years" is the first
    /// Thanksgiving from three years on; "Thanksgiving 1 year ago" the first from a year back).
    indirect case atOrAfter(RelativeDate, anchor: RelativeDate)
    /// A feast with no year: the next one or the last one, as the preference says.
    case holiday(Holiday)
    /// A feast said to be the next one ("next Easter", "this Thanksgiving") or the last one.
    case directedHoliday(Holiday, future: Bool)
    /// A feast in the year `yearOffset` years from the reference's ("MLK day of last year").
    case holidayInYear(Holiday, yearOffset: Int)
}
