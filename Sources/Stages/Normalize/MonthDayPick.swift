/// Which month a "day of a month" phrase names: "من شهر آذار"، "من الشهر القادم"، "أكتوبر 2014".
enum MonthSpec: Sendable, Equatable {
    /// A month with its year.
    case fixed(year: Int, month: Int)
    /// A month name with no year: the next or last one as the preference says.
    case named(Int)
    /// A month name in the year `offset` years from the reference's (السنة القادمة).
    case namedInYear(month: Int, yearOffset: Int)
    /// The reference's month moved by `offset` (هذا الشهر، الشهر القادم).
    case shifted(Int)
}

/// Which day of a month: "اليوم الثالث"، "آخر يوم"، "ثالث ثلاثاء"، "الاثنين الأخير"، "أول أسبوع"،
/// "منتصف", and the ends of "أوائل" and "أواخر".
enum DayPick: Sendable, Equatable {
    /// A day of the month; 0 is the last day, -1 the one before ("second last day").
    case day(Int)
    /// The n-th weekday (1 = Sunday … 7 = Saturday) of the month; n = -1 is the last.
    case weekday(Int, nth: Int)
    /// The n-th whole week (Monday to Sunday) inside the month, at week grain; -1 is the last.
    case week(nth: Int)

    var grain: Annotation.Grain {
        if case .week = self { return .week }
        return .day
    }

    /// The day picked in a month, or nil when the month has no such day.
    func day(year: Int, month: Int) -> CalendarDay? {
        let length = CalendarDay.days(inMonth: month, year: year)
        switch self {
        case .day(let d):
            return CalendarDay(year: year, month: month, day: d <= 0 ? length + d : d)
        case .weekday(let w, let nth):
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            if nth > 0 {
                let d = 1 + (w - first.weekday + 7) % 7 + 7 * (nth - 1)
                return CalendarDay(year: year, month: month, day: d)
            }
            guard let last = CalendarDay(year: year, month: month, day: length) else { return nil }
            return CalendarDay(year: year, month: month, day: length - (last.weekday - w + 7) % 7)
        case .week(let nth):
            // Weeks wholly inside the month, Monday first.
            guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
            let firstMonday = 1 + (2 - first.weekday + 7) % 7
            let whole = (length - firstMonday + 1) / 7
            guard whole > 0 else { return nil }
            let index = nth > 0 ? nth - 1 : whole + nth
            guard (0..<whole).contains(index) else { return nil }
            return CalendarDay(year: year, month: month, day: firstMonday + 7 * index)
        }
    }
}

extension CalendarDay {
    /// 1 = Sunday … 7 = Saturday (Foundation's numbering), by arithmetic on the proleptic calendar.
    var weekday: Int {
        CivilDays.weekday(days: CivilDays.days(year: year, month: month, day: day))
    }
}
