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
    /// Orthodox Easter Sunday (Julian computus), on the Gregorian calendar.
    case orthodoxEaster
    /// A fixed day moved to the nearest weekday when it falls on a weekend (Boss's Day).
    case nearestWeekday(month: Int, day: Int)
    /// Some days after (or before) another feast: Good Friday is Easter − 2, Black Friday
    /// Thanksgiving + 1.
    indirect case shifted(Holiday, days: Int)
    /// A fixed day moved to the Saturday before when it falls on a Sunday (King's Day).
    case sundayToSaturday(month: Int, day: Int)
    /// A day of the Hebrew calendar; its value is the eve (see `hebrewEve`).
    case hebrew(month: Int, day: Int)
    /// The Chinese (lunar) new year.
    case chineseNewYear

    /// Its day in a Gregorian year.
    func day(inYear year: Int, hijri: HijriCalendar) -> CalendarDay? {
        switch self {
        case .hijri(let m, let d): return hijri.day(month: m, day: d, inGregorianYear: year)
        case .gregorian(let m, let d): return CalendarDay(year: year, month: m, day: d)
        case .easter: return Self.easter(year)
        case .nthWeekday(let m, let w, let n): return DayPick.weekday(w, nth: n).day(year: year, month: m)
        case .orthodoxEaster: return Self.orthodoxEaster(year)
        case .nearestWeekday(let m, let d):
            guard let day = CalendarDay(year: year, month: m, day: d) else { return nil }
            return day.weekday == 1 ? day.adding(days: 1) : day.weekday == 7 ? day.adding(days: -1) : day
        case .shifted(let h, let n): return h.day(inYear: year, hijri: hijri)?.adding(days: n)
        case .hebrew(let m, let d): return Self.hebrewEve(month: m, day: d, inYear: year)
        case .sundayToSaturday(let m, let d):
            guard let day = CalendarDay(year: year, month: m, day: d) else { return nil }
            return day.weekday == 1 ? day.adding(days: -1) : day
        case .chineseNewYear: return Self.chineseNewYear(year)
        }
    }

    /// Orthodox Easter: the Julian computus, 13 days on to the Gregorian calendar (1900–2099).
    static func orthodoxEaster(_ year: Int) -> CalendarDay? {
        guard (1900...2099).contains(year) else { return nil }
        let a = year % 4, b = year % 7, c = year % 19
        let d = (19 * c + 15) % 30
        let e = (2 * a + 4 * b - d + 34) % 7
        let month = (d + e + 114) / 31
        let day = (d + e + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)?.adding(days: 13)
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
    static let english: [(words: [String], holiday: Holiday)] = westernNames + hebrewNames

    private static let westernNames: [(words: [String], holiday: Holiday)] = [
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
        (["easter", "monday"], .shifted(.easter, days: 1)),
        (["easter", "mon"], .shifted(.easter, days: 1)),
        (["easter"], .easter),
        (["good", "friday"], .shifted(.easter, days: -2)),
        (["maundy", "thursday"], .shifted(.easter, days: -3)),
        (["palm", "sunday"], .shifted(.easter, days: -7)),
        (["ash", "wednesday"], .shifted(.easter, days: -46)),
        (["mardi", "gras"], .shifted(.easter, days: -47)),
        (["shrove", "tuesday"], .shifted(.easter, days: -47)),
        (["pancake", "day"], .shifted(.easter, days: -47)),
        (["ascension", "day"], .shifted(.easter, days: 39)),
        (["pentecost"], .shifted(.easter, days: 49)),
        (["whit", "sunday"], .shifted(.easter, days: 49)),
        (["whit", "monday"], .shifted(.easter, days: 50)),
        (["trinity", "sunday"], .shifted(.easter, days: 56)),
        (["white", "sunday"], .shifted(.easter, days: 49)),
        (["branch", "sunday"], .shifted(.easter, days: -7)),
        (["monday", "of", "the", "holy", "spirit"], .shifted(.easter, days: 50)),
        (["covenant", "thursday"], .shifted(.easter, days: -3)),
        (["covenant", "thu"], .shifted(.easter, days: -3)),
        (["thursday", "of", "mysteries"], .shifted(.easter, days: -3)),
        (["thu", "of", "mysteries"], .shifted(.easter, days: -3)),
        (["orthodox", "easter"], .orthodoxEaster),
        (["orthodox", "good", "friday"], .shifted(.orthodoxEaster, days: -2)),
        (["orthodox", "great", "friday"], .shifted(.orthodoxEaster, days: -2)),
        (["clean", "monday"], .shifted(.orthodoxEaster, days: -48)),
        (["lazarus", "saturday"], .shifted(.orthodoxEaster, days: -8)),
        (["new", "year", "'", "s", "eve"], .gregorian(month: 12, day: 31)),
        (["new", "years", "eve"], .gregorian(month: 12, day: 31)),
        (["new", "years", "day"], .gregorian(month: 1, day: 1)),
        (["christmas", "eve"], .gregorian(month: 12, day: 24)),
        (["boxing", "day"], .gregorian(month: 12, day: 26)),
        (["valentine", "'", "s", "day"], .gregorian(month: 2, day: 14)),
        (["valentines", "day"], .gregorian(month: 2, day: 14)),
        (["valentine", "day"], .gregorian(month: 2, day: 14)),
        (["halloween"], .gregorian(month: 10, day: 31)),
        (["st", "patrick", "'", "s", "day"], .gregorian(month: 3, day: 17)),
        (["st", ".", "patrick", "'", "s", "day"], .gregorian(month: 3, day: 17)),
        (["saint", "patrick", "'", "s", "day"], .gregorian(month: 3, day: 17)),
        (["st", "paddy", "'", "s", "day"], .gregorian(month: 3, day: 17)),
        (["saint", "paddy", "'", "s", "day"], .gregorian(month: 3, day: 17)),
        (["saint", "patricks", "day"], .gregorian(month: 3, day: 17)),
        (["st", "patricks", "day"], .gregorian(month: 3, day: 17)),
        (["independence", "day"], .gregorian(month: 7, day: 4)),
        (["world", "vegan", "day"], .gregorian(month: 11, day: 1)),
        (["king", "'", "s", "day"], .sundayToSaturday(month: 4, day: 27)),
        (["koningsdag"], .sundayToSaturday(month: 4, day: 27)),
        (["boss", "'", "s", "day"], .nearestWeekday(month: 10, day: 16)),
        (["boss", "day"], .nearestWeekday(month: 10, day: 16)),
        (["black", "friday"], .shifted(.nthWeekday(month: 11, weekday: 5, nth: 4), days: 1)),
        (["martin", "luther", "king", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["martin", "luther", "king", "'", "s", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["martin", "luther", "kings", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["mlk", "jr", ".", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["mlk", "jr", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["civil", "rights", "day"], .nthWeekday(month: 1, weekday: 2, nth: 3)),
        (["presidents", "'", "day"], .nthWeekday(month: 2, weekday: 2, nth: 3)),
        (["presidents", "day"], .nthWeekday(month: 2, weekday: 2, nth: 3)),
        (["id", "ul", "-", "adha"], .hijri(month: 12, day: 10)),
        (["bakr", "id"], .hijri(month: 12, day: 10)),
        (["laylat", "al", "-", "qadr"], .hijri(month: 9, day: 27)),
        (["laylat", "al", "qadr"], .hijri(month: 9, day: 27)),
        (["laylat", "al", "kadr"], .hijri(month: 9, day: 27)),
        (["night", "of", "power"], .hijri(month: 9, day: 27)),
        (["night", "of", "measures"], .hijri(month: 9, day: 27)),
        (["amun", "jadid"], .hijri(month: 1, day: 1)),
        (["day", "of", "ashura"], .hijri(month: 1, day: 10)),
        (["mawlid", "al", "-", "nabawi"], .hijri(month: 3, day: 12)),
        (["mawlid"], .hijri(month: 3, day: 12)),
        (["isra", "and", "mi", "'", "raj"], .hijri(month: 7, day: 27)),
        (["the", "prophet", "'", "s", "ascension"], .hijri(month: 7, day: 27)),
        (["the", "night", "journey"], .hijri(month: 7, day: 27)),
        (["ascension", "to", "heaven"], .hijri(month: 7, day: 27)),
    ]
}

extension CalendarDay {
    /// The day n days later (earlier when n < 0), by arithmetic on day numbers.
    func adding(days n: Int) -> CalendarDay? {
        let (y, m, d) = CivilDays.date(days: CivilDays.days(year: year, month: month, day: day) + n)
        return CalendarDay(year: y, month: m, day: d)
    }
}
