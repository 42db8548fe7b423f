/// A span a recognizer found, before overlaps are resolved and relative dates are resolved.
struct Mention: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        /// A value ready for the annotation.
        case resolved(AnnotationValue, Annotation.Grain?)
        /// A date that needs the reference date (and the stage's preference) to resolve.
        case relative(RelativeDate)
        /// A time of day on some day ("الخميس الساعة 8", "3pm").
        case clock(ClockTime, DaySpec)
        /// A date recognised whose value does not exist ("31 شباط", "1700 هـ"): it keeps its
        /// span from shorter readings and yields no annotation.
        case unresolved
        /// The reference instant itself ("الآن", "now").
        case now
        /// The reference instant moved by some seconds and cut to a grain ("in 2 minutes",
        /// "the last 2 hours" starts at the hour two hours back).
        case instant(seconds: Int, grain: Annotation.Grain)
        /// From one value to another ("من 13 إلى 15 تموز"): an ISO 8601 interval "start/end".
        indirect case range(Value, Value)
        /// From now until a span, when the span lies ahead ("by the end of the month"); the span
        /// itself when it does not.
        indirect case until(Value)
    }

    /// The day a time of day falls on.
    enum DaySpec: Sendable, Equatable {
        /// The reference day, or the next or last occurrence as the preference says.
        case reference
        case fixed(CalendarDay)
        case relative(RelativeDate)
    }

    var kind: Annotation.Kind
    /// Offsets into the normalized text, in Unicode scalars, end exclusive.
    var start: Int
    var end: Int
    var value: Value
    /// How precisely the text wrote the date in Hijri (day, month or year), when it did; the
    /// annotation then carries the Hijri form of its Gregorian value.
    var hijri: Annotation.Grain? = nil

    var length: Int { end - start }

    static func number(_ value: Double, _ start: Int, _ end: Int) -> Mention {
        Mention(kind: .number, start: start, end: end, value: .resolved(.number(value), nil))
    }

    static func ordinal(_ value: Int, _ start: Int, _ end: Int) -> Mention {
        Mention(kind: .ordinal, start: start, end: end, value: .resolved(.number(Double(value)), nil))
    }

    static func date(_ day: CalendarDay, grain: Annotation.Grain, _ start: Int, _ end: Int) -> Mention {
        Mention(kind: .date, start: start, end: end, value: .resolved(.text(day.iso(grain)), grain))
    }

    static func clock(_ time: ClockTime, _ day: DaySpec = .reference, _ start: Int, _ end: Int) -> Mention {
        Mention(kind: .time, start: start, end: end, value: .clock(time, day))
    }

    static func relative(_ date: RelativeDate, _ start: Int, _ end: Int) -> Mention {
        Mention(kind: .date, start: start, end: end, value: .relative(date))
    }
}

extension Mention.Value {
    /// A time of day with no day of its own ("الساعة 8", "3pm").
    var isTimeOnReferenceDay: Bool {
        if case .clock(_, .reference) = self { return true }
        return false
    }

    /// Whether resolving the value needs the reference instant.
    var needsReference: Bool {
        switch self {
        case .resolved, .unresolved: return false
        case .relative, .now, .instant: return true
        case .clock(_, .fixed): return false
        case .clock: return true
        case .range(let a, let b): return a.needsReference || b.needsReference
        case .until: return true
        }
    }
}
