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
        case (.preferred, .past): return adding(days: -back, to: ref)
        }
    }

    private func year(ofMonth m: Int, _ direction: RelativeDate.Direction, from ref: CalendarDay) -> Int {
        switch (direction, preference) {
        case (.last, _): return m < ref.month ? ref.year : ref.year - 1
        case (.next, _): return m > ref.month ? ref.year : ref.year + 1
        case (.preferred, .past): return m <= ref.month ? ref.year : ref.year - 1
        case (.preferred, .future): return m >= ref.month ? ref.year : ref.year + 1
        }
    }

    private func dayOfMonth(_ d: Int, _ m: Int, weekday: Int?, from ref: CalendarDay) -> CalendarDay? {
        guard let sameYear = CalendarDay(year: ref.year, month: m, day: d) else { return nil }
        let year: Int
        switch preference {
        case .past:
            let limit = adding(days: Self.pastLeewayDays, to: ref) ?? ref
            year = sameYear > limit ? ref.year - 1 : ref.year
        case .future:
            year = sameYear < ref ? ref.year + 1 : ref.year
        }
        let preferred = CalendarDay(year: year, month: m, day: d)
        guard let weekday else { return preferred }
        let others = preference == .past ? [year - 1, year + 1] : [year + 1, year - 1]
        for y in [year] + others {
            if let day = CalendarDay(year: y, month: m, day: d), self.weekday(of: day) == weekday { return day }
        }
        return preferred
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
