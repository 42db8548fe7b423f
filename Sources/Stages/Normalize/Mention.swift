/// A span a recognizer found, before overlaps are resolved and relative dates are resolved.
struct Mention: Sendable, Equatable {
    enum Value: Sendable, Equatable {
        /// A value ready for the annotation.
        case resolved(AnnotationValue, Annotation.Grain?)
        /// A date that needs the reference date (and the stage's preference) to resolve.
        case relative(RelativeDate)
    }

    var kind: Annotation.Kind
    /// Offsets into the normalized text, in Unicode scalars, end exclusive.
    var start: Int
    var end: Int
    var value: Value

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

    static func relative(_ date: RelativeDate, _ start: Int, _ end: Int) -> Mention {
        Mention(kind: .date, start: start, end: end, value: .relative(date))
    }
}
