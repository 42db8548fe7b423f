/// A date on the proleptic Gregorian calendar, with no time and no zone.
struct CalendarDay: Sendable, Equatable, Comparable, CustomStringConvertible {
    let year: Int
    let month: Int
    let day: Int

    /// A valid date, or nil (month 13, 30 February).
    init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.days(inMonth: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The local calendar date an ISO 8601 date or date-time starts with: "2022-01-28T12:00:00+03:00"
    /// is 2022-01-28 whatever the offset.
    init?(iso text: String) {
        let s = Array(text.utf8.prefix(10))
        guard s.count == 10, s[4] == UInt8(ascii: "-"), s[7] == UInt8(ascii: "-"),
            let y = CalendarDay.number(s[0..<4]), let m = CalendarDay.number(s[5..<7]),
            let d = CalendarDay.number(s[8..<10])
        else { return nil }
        if text.utf8.count > 10, text.utf8.dropFirst(10).first.map({ $0 >= 0x30 && $0 <= 0x39 }) == true { return nil }
        self.init(year: y, month: m, day: d)
    }

    static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func < (a: CalendarDay, b: CalendarDay) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    /// "2022-01-28" for day and week grains, "2022-01" for month, "2022" for year.
    func iso(_ grain: Annotation.Grain) -> String {
        let y = pad(year, 4)
        let m = pad(month, 2)
        let d = pad(day, 2)
        switch grain {
        case .year: return y
        case .quarter, .month: return "\(y)-\(m)"
        default: return "\(y)-\(m)-\(d)"
        }
    }

    var description: String { iso(.day) }

    private func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    private static func number(_ bytes: ArraySlice<UInt8>) -> Int? {
        var n = 0
        for b in bytes {
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}
