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
    }

    /// A calendar unit for shifts and periods.
    enum Unit: Sendable, Equatable {
        case day, week, month, year
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
    /// A feast with no year: the next one or the last one, as the preference says.
    case holiday(Holiday)
}
