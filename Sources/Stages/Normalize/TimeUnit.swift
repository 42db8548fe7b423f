/// A unit of time in "قبل ثلاثة أيام", "5 years", "أسبوعين".
enum TimeUnit: Sendable, CaseIterable {
    case second, minute, hour, day, week, month, year

    /// Duckling's conventions: a month is 30 days, a year 365.
    var seconds: Double {
        switch self {
        case .second: return 1
        case .minute: return 60
        case .hour: return 3_600
        case .day: return 86_400
        case .week: return 604_800
        case .month: return 2_592_000
        case .year: return 31_536_000
        }
    }

    var grain: Annotation.Grain {
        switch self {
        case .second: return .second
        case .minute: return .minute
        case .hour: return .hour
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .year: return .year
        }
    }

    /// The unit a date shift counts in; nil below a day (this stage resolves dates, not times).
    var dateUnit: RelativeDate.Unit? {
        switch self {
        case .day: return .day
        case .week: return .week
        case .month: return .month
        case .year: return .year
        case .second, .minute, .hour: return nil
        }
    }

    /// Arabic singular and accusative forms (يوم، يوماً), read as one when alone.
    static let arabicSingular: ArabicWordTable<TimeUnit> = ArabicKey.table([
        ("ثانية", .second), ("لحظة", .second), ("دقيقة", .minute), ("ساعة", .hour), ("يوم", .day), ("يوما", .day),
        ("أسبوع", .week), ("أسبوعا", .week), ("شهر", .month), ("شهرا", .month),
        ("عام", .year), ("عاما", .year), ("سنة", .year),
    ])

    /// Arabic plurals, used after a count (ثلاثة أيام).
    static let arabicPlural: ArabicWordTable<TimeUnit> = ArabicKey.table([
        ("ثوان", .second), ("ثواني", .second), ("ثوانٍ", .second), ("دقائق", .minute), ("ساعات", .hour),
        ("أيام", .day), ("أسابيع", .week), ("أشهر", .month), ("شهور", .month),
        ("أعوام", .year), ("سنوات", .year), ("سنين", .year),
    ])

    /// English singular and plural forms.
    static let english: [String: TimeUnit] = [
        "second": .second, "seconds": .second, "minute": .minute, "minutes": .minute, "hour": .hour, "hours": .hour,
        "day": .day, "days": .day, "week": .week, "weeks": .week, "month": .month, "months": .month,
        "year": .year, "years": .year, "sec": .second, "secs": .second, "mins": .minute, "hr": .hour, "hrs": .hour,
        "yr": .year, "yrs": .year,
    ]

    /// The unit whose dual the Arabic word at i is (يومين، سنتين، ساعتان), if any.
    static func arabicDual(at i: Int, in text: TokenizedText) -> (TimeUnit, ArabicReading)? {
        guard i >= 0, i < text.count, text[i].kind == .arabic else { return nil }
        for r in text[i].readings where !r.hasArticle && !r.hasPreposition {
            guard let split = ArabicDualRecognizer.split(text[i].keyScalars[r.stemStart...]) else { continue }
            for s in split.singulars {
                if let unit = arabicSingular[s] { return (unit, r) }
            }
        }
        return nil
    }
}
