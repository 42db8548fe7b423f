/// A feast named without a date: "عيد الفطر", "عيد الأضحى", "رأس السنة الهجرية", "عيد الميلاد",
/// "عيد الفصح", "Christmas", "Eid al-Fitr".
enum Holiday: Sendable, Equatable {
    /// A day of the Hijri calendar (عيد الفطر is 1 Shawwal).
    case hijri(month: Int, day: Int)
    /// A fixed Gregorian day (Christmas).
    case gregorian(month: Int, day: Int)
    /// Western Easter Sunday.
    case easter
    /// The n-th weekday (1 = Sunday) of a month; n = -1 is the last (Thanksgiving: 4th Thursday of November).
    case nthWeekday(month: Int, weekday: Int, nth: Int)

    /// Its day in a Gregorian year.
    func day(inYear year: Int, hijri: HijriCalendar) -> CalendarDay? {
        switch self {
        case .hijri(let m, let d): return hijri.day(month: m, day: d, inGregorianYear: year)
        case .gregorian(let m, let d): return CalendarDay(year: year, month: m, day: d)
        case .easter: return Self.easter(year)
        case .nthWeekday(let m, let w, let n): return DayPick.weekday(w, nth: n).day(year: year, month: m)
        }
    }

    /// Easter Sunday by the anonymous Gregorian computus.
    static func easter(_ year: Int) -> CalendarDay? {
        guard year > 1582 else { return nil }
        let a = year % 19, b = year / 100, c = year % 100
        let d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)
    }

    /// Arabic names: the words after the first, keyed by the first word.
    static let arabic: [(words: [ArabicWordKey], holiday: Holiday)] = arabicNames.map {
        (words: $0.0.map(ArabicKey.key), holiday: $0.1)
    }

    private static let arabicNames: [([String], Holiday)] = [
        (["عيد", "الفطر"], .hijri(month: 10, day: 1)),
        (["عيد", "الأضحى"], .hijri(month: 12, day: 10)),
        (["رأس", "السنة", "الهجرية"], .hijri(month: 1, day: 1)),
        (["عاشوراء"], .hijri(month: 1, day: 10)),
        (["المولد", "النبوي"], .hijri(month: 3, day: 12)),
        (["يوم", "عرفة"], .hijri(month: 12, day: 9)),
        (["ليلة", "القدر"], .hijri(month: 9, day: 27)),
        (["عيد", "الميلاد", "المجيد"], .gregorian(month: 12, day: 25)),
        (["عيد", "الميلاد"], .gregorian(month: 12, day: 25)),
        (["عيد", "الفصح"], .easter),
        (["رأس", "السنة", "الميلادية"], .gregorian(month: 1, day: 1)),
    ]

    /// English names, lowercased words.
    static let english: [(words: [String], holiday: Holiday)] = [
        (["eid", "al", "-", "fitr"], .hijri(month: 10, day: 1)),
        (["eid", "al", "-", "adha"], .hijri(month: 12, day: 10)),
        (["eid", "al", "fitr"], .hijri(month: 10, day: 1)),
        (["eid", "al", "adha"], .hijri(month: 12, day: 10)),
        (["sacrifice", "feast"], .hijri(month: 12, day: 10)),
        (["islamic", "new", "year"], .hijri(month: 1, day: 1)),
        (["ashura"], .hijri(month: 1, day: 10)),
        (["christmas", "day"], .gregorian(month: 12, day: 25)),
        (["christmas"], .gregorian(month: 12, day: 25)),
        (["xmas"], .gregorian(month: 12, day: 25)),
        (["new", "year", "'", "s", "day"], .gregorian(month: 1, day: 1)),
        (["thanksgiving", "day"], .nthWeekday(month: 11, weekday: 5, nth: 4)),
        (["thanksgiving"], .nthWeekday(month: 11, weekday: 5, nth: 4)),
        (["mlk", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["memorial", "day"], .nthWeekday(month: 5, weekday: 2, nth: -1)),
        (["labor", "day"], .nthWeekday(month: 9, weekday: 2, nth: 1)),
        (["mother", "'", "s", "day"], .nthWeekday(month: 5, weekday: 1, nth: 2)),
        (["father", "'", "s", "day"], .nthWeekday(month: 6, weekday: 1, nth: 3)),
        (["easter", "sunday"], .easter),
        (["easter"], .easter),
    ]
}
