import Foundation

/// Which occurrence a text means when it names a weekday or month without saying which.
enum DatePreference: String, Sendable, CaseIterable {
    /// The last one: news reports what happened ("الخميس" is the last Thursday, or the
    /// publication day itself when that is a Thursday).
    case past
    /// The next one, strictly after the reference, as Duckling reads them.
    case future
}

/// Resolves relative dates against a reference day, with Gregorian arithmetic in UTC on
/// calendar dates (no time of day, so no zone can shift a date).
struct RelativeDateResolver: Sendable {
    let preference: DatePreference
    let hijri = HijriCalendar()
    private let calendar: Calendar

    /// How far after the reference a day and month with no year may fall and still be read
    /// in the reference's year under the past preference (announced events).
    static let pastLeewayDays = 31

    init(preference: DatePreference) {
        self.preference = preference
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        self.calendar = calendar
    }

    /// The date and its grain, or nil when the date does not exist (29 February in a common year).
    func resolve(_ date: RelativeDate, reference ref: CalendarDay) -> (CalendarDay, Annotation.Grain)? {
        switch date {
        case .shift(let n, .day): return adding(days: n, to: ref).map { ($0, .day) }
        case .shift(let n, .week): return adding(days: 7 * n, to: ref).map { ($0, .day) }
        case .shift(let n, .month): return adding(.month, n, to: ref).map { ($0, .month) }
        case .shift(let n, .year): return adding(.year, n, to: ref).map { ($0, .year) }
        case .shift(let n, .quarter): return adding(.month, 3 * n, to: ref).map { ($0, .month) }
        case .period(let n, .quarter):
            return CalendarDay(year: ref.year, month: (ref.month - 1) / 3 * 3 + 1, day: 1)
                .flatMap { adding(.month, 3 * n, to: $0) }.map { ($0, .quarter) }
        case .weekdays(let w, let count):
            guard count != 0, let first = weekday(w, count > 0 ? .next : .last, from: ref) else { return nil }
            return adding(days: 7 * (count > 0 ? count - 1 : count + 1), to: first).map { ($0, .day) }
        case .monthOfYear(let m, let offset):
            return CalendarDay(year: ref.year + offset, month: m, day: 1).map { ($0, .month) }
        case .quarterOfYear(let q, let offset):
            return CalendarDay(year: ref.year + offset, month: 3 * q - 2, day: 1).map { ($0, .quarter) }
        case .period(let n, .day): return adding(days: n, to: ref).map { ($0, .day) }
        case .period(let n, .week):
            let sinceMonday = (weekday(of: ref) + 5) % 7
            return adding(days: 7 * n - sinceMonday, to: ref).map { ($0, .week) }
        case .period(let n, .month):
            return CalendarDay(year: ref.year, month: ref.month, day: 1).flatMap { adding(.month, n, to: $0) }.map {
                ($0, .month)
            }
        case .period(let n, .year):
            return CalendarDay(year: ref.year + n, month: 1, day: 1).map { ($0, .year) }
        case .weekday(let target, let direction):
            return weekday(target, direction, from: ref).map { ($0, .day) }
        case .month(let m, let direction):
            return CalendarDay(year: year(ofMonth: m, direction, from: ref), month: m, day: 1).map { ($0, .month) }
        case .dayOfMonth(let d, let m, let w):
            return dayOfMonth(d, m, weekday: w, from: ref).map { ($0, .day) }
        case .weekdayOfWeek(let w, let week):
            let sinceMonday = (weekday(of: ref) + 5) % 7
            return adding(days: 7 * week - sinceMonday + (w + 5) % 7, to: ref).map { ($0, .day) }
        case .inMonth(let spec, let pick):
            let (y, m) = month(spec, from: ref)
            return pick.day(year: y, month: m).map { ($0, pick.grain) }
        case .season(let named, let offset, let end):
            return Season.day(named, offset: offset, end: end, from: ref).map { ($0, .day) }
        case .atOrAfter(let date, let anchor):
            guard let (day, _) = resolve(anchor, reference: ref) else { return nil }
            return RelativeDateResolver(preference: .future).resolve(date, reference: day)
        case .dayOfNearMonth(let d):
            let shift = preference == .future ? (d >= ref.day ? 0 : 1) : (d <= ref.day ? 0 : -1)
            let (y, m) = month(.shifted(shift), from: ref)
            return CalendarDay(year: y, month: m, day: d).map { ($0, .day) }
        case .holiday(let h):
            return holiday(h, from: ref).map { ($0, .day) }
        case .directedHoliday(let h, let future):
            return directed(h, future: future, from: ref).map { ($0, .day) }
        case .holidayInYear(let h, let offset):
            return h.day(inYear: ref.year + offset, hijri: hijri).map { ($0, .day) }
        }
    }

    /// 1 = Sunday … 7 = Saturday.
    func weekday(of day: CalendarDay) -> Int {
        guard let date = self.date(day) else { return 1 }
        return calendar.component(.weekday, from: date)
    }

    private func weekday(_ target: Int, _ direction: RelativeDate.Direction, from ref: CalendarDay) -> CalendarDay? {
        let w = weekday(of: ref)
        let back = (w - target + 7) % 7
        let ahead = (target - w + 7) % 7
        switch (direction, preference) {
        case (.last, _): return adding(days: -(back == 0 ? 7 : back), to: ref)
        case (.next, _), (.preferred, .future): return adding(days: ahead == 0 ? 7 : ahead, to: ref)
        case (.afterNext, _): return adding(days: (ahead == 0 ? 7 : ahead) + 7, to: ref)
        case (.preferred, .past): return adding(days: -back, to: ref)
        }
    }

    private func year(ofMonth m: Int, _ direction: RelativeDate.Direction, from ref: CalendarDay) -> Int {
        switch (direction, preference) {
        case (.last, _): return m < ref.month ? ref.year : ref.year - 1
        case (.next, _): return m > ref.month ? ref.year : ref.year + 1
        case (.afterNext, _): return (m > ref.month ? ref.year : ref.year + 1) + 1
        case (.preferred, .past): return m <= ref.month ? ref.year : ref.year - 1
        case (.preferred, .future): return m >= ref.month ? ref.year : ref.year + 1
        }
    }

    /// The year and month a month spec names from the reference.
    func month(_ spec: MonthSpec, from ref: CalendarDay) -> (Int, Int) {
        switch spec {
        case .fixed(let y, let m): return (y, m)
        case .named(let m): return (year(ofMonth: m, .preferred, from: ref), m)
        case .namedInYear(let m, let offset): return (ref.year + offset, m)
        case .shifted(let n):
            let index = ref.year * 12 + ref.month - 1 + n
            return (index / 12, index % 12 + 1)
        }
    }

    private func holiday(_ h: Holiday, from ref: CalendarDay) -> CalendarDay? {
        switch h {
        case .hijri(let m, let d): return hijri.day(month: m, day: d, from: ref, after: preference == .future)
        case .gregorian(let m, let d): return dayOfMonth(d, m, weekday: nil, from: ref)
        case .easter, .nthWeekday, .orthodoxEaster, .nearestWeekday, .shifted, .hebrew, .chineseNewYear,
            .sundayToSaturday:
            guard let this = h.day(inYear: ref.year, hijri: hijri) else { return nil }
            if preference == .future { return this < ref ? h.day(inYear: ref.year + 1, hijri: hijri) : this }
            return this > ref ? h.day(inYear: ref.year - 1, hijri: hijri) : this
        }
    }

    /// The next feast after the reference (or on it), or the last one before it.
    private func directed(_ h: Holiday, future: Bool, from ref: CalendarDay) -> CalendarDay? {
        if case .hijri(let m, let d) = h { return hijri.day(month: m, day: d, from: ref, after: future) }
        guard let this = h.day(inYear: ref.year, hijri: hijri) else { return nil }
        if future { return this < ref ? h.day(inYear: ref.year + 1, hijri: hijri) : this }
        return this < ref ? this : h.day(inYear: ref.year - 1, hijri: hijri)
    }

    private func dayOfMonth(_ d: Int, _ m: Int, weekday: Int?, from ref: CalendarDay) -> CalendarDay? {
        guard let sameYear = CalendarDay(year: ref.year, month: m, day: d) else { return nil }
        let year: Int
        switch preference {
        case .past:
            let limit = adding(days: Self.pastLeewayDays, to: ref) ?? ref
            year = sameYear > limit ? ref.year - 1 : ref.year
        case .future:
            // As Duckling: a day of the current month stays in it, even when it has passed.
            year = m < ref.month ? ref.year + 1 : ref.year
        }
        let preferred = CalendarDay(year: year, month: m, day: d)
        guard let weekday else { return preferred }
        let others = preference == .past ? [year - 1, year + 1] : [year + 1, year - 1]
        for y in [year] + others {
            if let day = CalendarDay(year: y, month: m, day: d), self.weekday(of: day) == weekday { return day }
        }
        return preferred
    }

    /// The day n days after `day`.
    func day(_ day: CalendarDay, plus n: Int) -> CalendarDay? {
        n == 0 ? day : adding(days: n, to: day)
    }

    private func adding(days n: Int, to day: CalendarDay) -> CalendarDay? {
        adding(.day, n, to: day)
    }

    private func adding(_ component: Calendar.Component, _ n: Int, to day: CalendarDay) -> CalendarDay? {
        guard let date = self.date(day), let moved = calendar.date(byAdding: component, value: n, to: date) else {
            return nil
        }
        let c = calendar.dateComponents([.year, .month, .day], from: moved)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    private func date(_ day: CalendarDay) -> Date? {
        calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day))
    }
}
