/// Finds durations with an explicit count: "3 أيام", "ثلاثة أسابيع", "15 يوماً", "5 years".
/// Value: seconds (a month is 30 days, a year 365); grain: the unit.
///
/// A bare dual ("يومين") is a duration of two units, as Duckling reads it (the stage adds the
/// dual's number 2 beside it), and after قبل or "ago" the longer relative date wins the overlap.
struct DurationRecognizer: Sendable {
    let quantities: TimeQuantityParser

    init(numbers: NumberRecognizer) {
        quantities = TimeQuantityParser(numbers: numbers)
    }

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count where text[i].kind != .symbol && text[i].kind != .opaque {
            guard let q = quantities.match(at: i, in: text), q.explicitCount || standsAlone(q, at: i, in: text) else {
                continue
            }
            out.append(
                Mention(
                    kind: .duration, start: q.start, end: q.end,
                    value: .resolved(.number(q.count * q.unit.seconds), q.unit.grain)))
        }
        return out
    }

    /// Singular units that are also other words: ثانية "second (f.)", دقيقة "precise", عام "general".
    private static let ambiguousUnits = ArabicKey.set(["ثانية", "دقيقة", "عام"])

    /// Whether a unit with no count reads as a duration by itself: a dual (يومين، سنتين), or an
    /// indefinite singular (أسبوع، شهر، لحظة) that does not head a name (شهر رمضان، يوم الخميس،
    /// يوم 5 مايو), and "a week".
    private func standsAlone(_ q: TimeQuantityParser.Quantity, at i: Int, in text: TokenizedText) -> Bool {
        guard text[i].kind == .arabic else { return text[i].kind == .latin }
        if q.count == 2 { return true }
        guard !text.arabicWord(i, in: Self.ambiguousUnits), q.next >= text.count || text[q.next].kind != .digits
        else { return false }
        let k = q.next
        return MonthNames.arabicMonth(at: k, in: text) == nil && HijriMonthNames.month(at: k, in: text) == nil
            && text.arabic(k, in: WeekdayNames.arabic, .definite) == nil && text.arabic(k, in: WeekdayNames.arabic, .bare) == nil
    }
}
