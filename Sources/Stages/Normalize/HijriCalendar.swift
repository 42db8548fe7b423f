import Foundation

/// Converts Hijri dates to Gregorian with Foundation's Umm al-Qura calendar (the Saudi
/// official one, which Arab news dates follow).
///
/// Only years 1300–1600 AH are converted: Umm al-Qura tables cover those, and outside them
/// Foundation silently switches to an arithmetic calendar. A day the month does not have
/// (30 in a 29-day month) converts to nothing rather than rolling into the next month.
struct HijriCalendar: Sendable {
    static let years = 1300...1600
    private let hijri: Calendar
    private let gregorian: Calendar

    init() {
        let utc = TimeZone(secondsFromGMT: 0)!
        var h = Calendar(identifier: .islamicUmmAlQura)
        h.timeZone = utc
        var g = Calendar(identifier: .gregorian)
        g.timeZone = utc
        hijri = h
        gregorian = g
    }

    /// The Gregorian day of a Hijri date, or nil when it does not exist or is out of range.
    func gregorian(year: Int, month: Int, day: Int) -> CalendarDay? {
        guard Self.years.contains(year), (1...12).contains(month), (1...30).contains(day),
            let date = hijri.date(from: DateComponents(year: year, month: month, day: day, hour: 12))
        else { return nil }
        let back = hijri.dateComponents([.year, .month, .day], from: date)
        guard back.year == year, back.month == month, back.day == day else { return nil }
        let g = gregorian.dateComponents([.year, .month, .day], from: date)
        guard let y = g.year, let m = g.month, let d = g.day else { return nil }
        return CalendarDay(year: y, month: m, day: d)
    }

    /// The Hijri year, month and day of a Gregorian day.
    func hijri(of day: CalendarDay) -> (year: Int, month: Int, day: Int)? {
        guard let date = gregorian.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: 12))
        else { return nil }
        let c = hijri.dateComponents([.year, .month, .day], from: date)
        guard let y = c.year, let m = c.month, let d = c.day else { return nil }
        return (y, m, d)
    }

    /// The first and last Gregorian days of a Hijri month.
    func monthSpan(year: Int, month: Int) -> (CalendarDay, CalendarDay)? {
        guard let first = gregorian(year: year, month: month, day: 1) else { return nil }
        let last = gregorian(year: year, month: month, day: 30) ?? gregorian(year: year, month: month, day: 29)
        return last.map { (first, $0) }
    }

    /// The Gregorian day of a Hijri month and day in the Gregorian year `year` (the first
    /// one when the year holds two).
    func day(month: Int, day: Int, inGregorianYear year: Int) -> CalendarDay? {
        let estimate = Int((Double(year - 622) * 1.030684).rounded(.down))
        for h in (estimate - 1)...(estimate + 2) {
            if let d = gregorian(year: h, month: month, day: day), d.year == year { return d }
        }
        return nil
    }

    /// The Hijri month and day nearest the reference in the given direction: on or after it
    /// (`after`) or on or before it.
    func day(month: Int, day: Int, from ref: CalendarDay, after: Bool) -> CalendarDay? {
        guard let (hy, _, _) = hijri(of: ref) else { return nil }
        let years = after ? [hy, hy + 1] : [hy, hy - 1]
        for y in years {
            guard let d = gregorian(year: y, month: month, day: day) else { continue }
            if after ? d >= ref : d <= ref { return d }
        }
        return nil
    }

    /// The Hijri form of an annotation's Gregorian value, to the grain the text wrote:
    /// "1443-06-25", "1443-06", "1443"; a range of days gives "start/end", a range read at a
    /// coarser grain (a Hijri month's days) its first day's month or year. Nil outside 1300–1600.
    func form(ofValue value: String, grain: Annotation.Grain) -> String? {
        let parts = value.split(separator: "/", maxSplits: 1)
        let days = grain == .day ? parts : Array(parts.prefix(1))
        var forms: [String] = []
        for part in days {
            guard let day = CalendarDay(iso: String(part)), let h = hijri(of: day), Self.years.contains(h.year) else {
                return nil
            }
            let y = String(h.year)
            let m = h.month < 10 ? "0\(h.month)" : String(h.month)
            let d = h.day < 10 ? "0\(h.day)" : String(h.day)
            switch grain {
            case .year: forms.append(y)
            case .month, .quarter: forms.append(y + "-" + m)
            default: forms.append(y + "-" + m + "-" + d)
            }
        }
        return forms.joined(separator: "/")
    }
}
