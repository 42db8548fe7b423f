/// A time of day as written: "الساعة الثالثة عصراً", "3:18 صباحاً", "12 إلا ربع", "3pm", "15:23:24".
///
/// The hour is kept as written (1–12 may be either half of the day) with the part of day that
/// says which; minutes may be negative ("الخامسة إلا ثلثاً" is 5 h − 20 min).
struct ClockTime: Sendable, Equatable {
    var hour: Int
    var minute: Int = 0
    var second: Int = 0
    var grain: Annotation.Grain = .hour
    var dayPart: DayPart?
    /// Whether the hour is on the 24-hour clock ("9h30", "15h"): 9 is then 9 in the morning.
    var twentyFourHour = false
    /// The zone the time is written in ("بتوقيت غرينتش", "GMT"), minutes east of UTC.
    var zoneMinutes: Int?
    /// Whether the words tie the time to the reference day (Arabic "الثالثة فجراً", "this
    /// morning at 10"), so that a past hour stays today.
    var sameDay = false
    /// Whether only a part of the day was written ("tonight", "this morning"): a time written
    /// next to it ("at 10") takes its place.
    var partOnly = false

    /// Whether the written hour leaves the half of the day open ("الساعة الثالثة", "at 3").
    var isAmbiguous: Bool { dayPart == nil && !twentyFourHour && (1...12).contains(hour) }

    /// Minutes after midnight with the part of day applied (may fall outside 0..<1440 for
    /// "12 إلا ربع" after midnight; callers carry days).
    func minuteOfDay(afternoon: Bool = false) -> Int {
        var h = hour
        if let dayPart {
            h = dayPart.hour24(hour, minute: minute)
        } else if afternoon, (1...11).contains(hour) {
            h = hour + 12
        }
        return h * 60 + minute
    }
}

/// A part of the day written with a time or alone: صباحاً، فجراً، ظهراً، عصراً، مساءً، ليلاً, am, pm.
enum DayPart: Sendable, Equatable {
    case morning, noon, afternoon, evening, night

    /// The 24-hour hour of a 12-hour clock hour said in this part of the day.
    func hour24(_ h: Int, minute: Int) -> Int {
        guard (0...12).contains(h) else { return h }
        switch self {
        case .morning: return h == 12 && minute >= 0 ? 0 : h
        case .noon: return h < 6 ? h + 12 : h
        case .afternoon, .evening: return h < 12 ? h + 12 : h
        // "الثانية عشرة إلا ربعاً ليلاً" is 23:45 of the same night.
        case .night: return h < 12 && h > 4 ? h + 12 : (h == 12 ? (minute >= 0 ? 0 : 24) : h)
        }
    }

    /// Where the part starts when it stands alone ("الليلة", "this evening"), as Duckling reads them.
    var startHour: Int {
        switch self {
        case .morning: return 0
        case .noon: return 12
        case .afternoon: return 12
        case .evening, .night: return 18
        }
    }
}
