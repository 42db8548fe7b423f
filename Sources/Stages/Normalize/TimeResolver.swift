/// Resolves times of day, "now" and ranges against the reference instant; dates go to the
/// `RelativeDateResolver`.
///
/// A time with no day falls on the reference day. Under the future preference, a time whose
/// half of the day is open ("الساعة الثالثة", "at 3") is the next of its two readings, and a
/// time not tied to the reference day by its words ("3am", unlike "3 صباحاً") that has passed
/// is tomorrow's. Values are local wall-clock times with the reference's UTC offset when known.
struct TimeResolver: Sendable {
    let dates: RelativeDateResolver

    var preference: DatePreference { dates.preference }

    func resolve(_ value: Mention.Value, reference: ReferenceTime?) -> (AnnotationValue, Annotation.Grain?)? {
        switch value {
        case .resolved(let v, let g):
            return (v, g)
        case .relative(let date):
            guard let reference, let (day, grain) = dates.resolve(date, reference: reference.day) else { return nil }
            return (.text(day.iso(grain)), grain)
        case .unresolved:
            return nil
        case .now:
            guard let reference else { return nil }
            return (.text(stamp(reference.day, second: reference.secondOfDay, reference)), .second)
        case .instant(let seconds, let grain):
            guard let reference else { return nil }
            return instant(seconds, grain, reference).map { (.text($0), grain) }
        case .clock(let time, let spec):
            return clock(time, spec, reference: reference).map { (.text($0), time.grain) }
        case .until(let v):
            guard let reference, let (value, grain) = resolve(v, reference: reference), let text = value.text else {
                return nil
            }
            let end = text.split(separator: "/").last.map(String.init) ?? text
            let now = stamp(reference.day, second: reference.secondOfDay, reference)
            guard !endsBefore(end, now) else { return (value, grain) }
            return (.text(now + "/" + end), .second)
        case .range(let a, let b):
            guard let (from, grain) = resolve(a, reference: reference), let (to, _) = resolve(b, reference: reference),
                let f = from.text, let t = to.text, !endsBefore(t, f)
            else { return nil }
            return (.text(f + "/" + t), grain)
        }
    }

    private func clock(_ time: ClockTime, _ spec: Mention.DaySpec, reference: ReferenceTime?) -> String? {
        var day: CalendarDay
        switch spec {
        case .fixed(let d): day = d
        case .reference:
            guard let reference else { return nil }
            day = reference.day
        case .relative(let r):
            guard let reference, let (d, _) = dates.resolve(r, reference: reference.day) else { return nil }
            day = d
        }
        var minute = time.minuteOfDay()
        if spec == .reference, preference == .future, let reference, time.zoneMinutes == nil {
            // As Duckling, a time is past only when its hour is: 4:23 at 4:30 is this hour's.
            let unit = time.grain == .second ? 1 : 3600
            let now = reference.secondOfDay / unit * unit
            if time.isAmbiguous {
                let am = (time.hour % 12) * 60 + time.minute
                if am * 60 >= now {
                    minute = am
                } else if (am + 720) * 60 >= now {
                    minute = am + 720
                } else {
                    minute = am + 1440
                }
            } else if !time.sameDay, minute * 60 < now {
                minute += 1440
            }
        }
        if let zone = time.zoneMinutes, let local = reference?.offsetMinutes {
            minute += local - zone
        }
        let carry = minute >= 0 ? minute / 1440 : -((1439 - minute) / 1440)
        minute -= carry * 1440
        guard let moved = dates.day(day, plus: carry) else { return nil }
        day = moved
        return stamp(day, second: minute * 60 + time.second, reference)
    }

    /// The reference moved by `seconds`, cut to the start of its minute or hour for those grains.
    private func instant(_ seconds: Int, _ grain: Annotation.Grain, _ reference: ReferenceTime) -> String? {
        var total = reference.secondOfDay + seconds
        let unit = grain == .hour ? 3600 : grain == .minute ? 60 : 1
        total -= ((total % unit) + unit) % unit
        let carry = total >= 0 ? total / 86_400 : -((86_399 - total) / 86_400)
        guard let day = dates.day(reference.day, plus: carry) else { return nil }
        return stamp(day, second: total - carry * 86_400, reference)
    }

    /// Whether an ISO value starts before another at their common precision (a range that
    /// runs backwards is no range).
    private func endsBefore(_ end: String, _ start: String) -> Bool {
        let n = min(end.utf8.count, start.utf8.count, 19)
        return end.utf8.prefix(n).lexicographicallyPrecedes(start.utf8.prefix(n))
    }

    /// "2013-02-12T15:00:00-02:00".
    private func stamp(_ day: CalendarDay, second: Int, _ reference: ReferenceTime?) -> String {
        let p = ReferenceTime.pad
        return day.iso(.day) + "T" + p(second / 3600) + ":" + p(second / 60 % 60) + ":" + p(second % 60)
            + (reference?.offsetSuffix ?? "")
    }
}
