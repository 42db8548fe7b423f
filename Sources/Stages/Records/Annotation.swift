/// A span of normalized text that the normalize stage recognised.
///
/// `start` and `end` count Unicode scalars of the record's normalized `text`, end exclusive.
public struct Annotation: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        case number, ordinal, date, time, duration, range
    }

    /// How precise a date or time value is.
    public enum Grain: String, Codable, Sendable {
        case second, minute, hour, day, week, month, quarter, year
    }

    public var kind: Kind
    public var start: Int
    public var end: Int
    public var surface: String
    public var value: AnnotationValue
    public var grain: Grain?
    /// The date as written in Hijri (Umm al-Qura), when the text wrote it so: "1443-06-25",
    /// "1443-06" or "1443" by how precise the text is, "start/end" for a range of Hijri days.
    /// `value` stays Gregorian. Absent (not null) for every other annotation: the synthesized
    /// coding leaves out nil optionals, so annotations without it keep their bytes.
    public var hijri: String?

    public init(
        kind: Kind, start: Int, end: Int, surface: String, value: AnnotationValue, grain: Grain? = nil,
        hijri: String? = nil
    ) {
        self.kind = kind
        self.start = start
        self.end = end
        self.surface = surface
        self.value = value
        self.grain = grain
        self.hijri = hijri
    }
}

/// A number for numbers, ordinals and durations (seconds); an ISO 8601 string for dates and times.
public enum AnnotationValue: Codable, Sendable, Equatable {
    case number(Double)
    case text(String)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) {
            self = .number(d)
        } else {
            self = .text(try c.decode(String.self))
        }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .number(let d): try c.encode(d)
        case .text(let s): try c.encode(s)
        }
    }

    public var number: Double? { if case .number(let d) = self { d } else { nil } }
    public var text: String? { if case .text(let s) = self { s } else { nil } }
}
