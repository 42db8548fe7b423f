/// The instant relative expressions resolve against: the publication's local calendar day,
/// its wall-clock time and, when the timestamp gives one, its UTC offset.
///
/// "2013-02-12T04:30:00-02:00" is the day 2013-02-12, 04:30:00, offset −120 minutes; a bare
/// date is that day at midnight with no offset.
struct ReferenceTime: Sendable, Equatable {
    let day: CalendarDay
    /// Seconds since local midnight.
    let secondOfDay: Int
    /// Minutes east of UTC, when the timestamp says.
    let offsetMinutes: Int?

    init(day: CalendarDay, secondOfDay: Int = 0, offsetMinutes: Int? = nil) {
        self.day = day
        self.secondOfDay = secondOfDay
        self.offsetMinutes = offsetMinutes
    }

    init?(iso text: String) {
        guard let day = CalendarDay(iso: text) else { return nil }
        let s = Array(text.utf8)
        var second = 0
        var offset: Int?
        if s.count >= 16, s[10] == UInt8(ascii: "T") || s[10] == UInt8(ascii: " "),
            let h = Self.number(s, 11, 2), let m = Self.number(s, 14, 2), h < 24, m < 60
        {
            second = h * 3600 + m * 60
            var k = 16
            if s.count >= 19, s[16] == UInt8(ascii: ":"), let sec = Self.number(s, 17, 2), sec < 60 {
                second += sec
                k = 19
            }
            // Fractional seconds.
            if k < s.count, s[k] == UInt8(ascii: ".") {
                k += 1
                while k < s.count, s[k] >= 0x30, s[k] <= 0x39 { k += 1 }
            }
            if k < s.count {
                if s[k] == UInt8(ascii: "Z") {
                    offset = 0
                } else if s[k] == UInt8(ascii: "+") || s[k] == UInt8(ascii: "-"), let oh = Self.number(s, k + 1, 2) {
                    let colon = k + 3 < s.count && s[k + 3] == UInt8(ascii: ":")
                    let om = Self.number(s, colon ? k + 4 : k + 3, 2) ?? 0
                    offset = (s[k] == UInt8(ascii: "-") ? -1 : 1) * (oh * 60 + om)
                }
            }
        }
        self.init(day: day, secondOfDay: second, offsetMinutes: offset)
    }

    /// "+03:00", "-02:00", or "" when the offset is unknown.
    var offsetSuffix: String {
        guard let o = offsetMinutes else { return "" }
        let a = abs(o)
        return (o < 0 ? "-" : "+") + Self.pad(a / 60) + ":" + Self.pad(a % 60)
    }

    static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    private static func number(_ s: [UInt8], _ at: Int, _ width: Int) -> Int? {
        guard at >= 0, at + width <= s.count else { return nil }
        var n = 0
        for b in s[at..<(at + width)] {
            guard b >= 0x30, b <= 0x39 else { return nil }
            n = n * 10 + Int(b - 0x30)
        }
        return n
    }
}
