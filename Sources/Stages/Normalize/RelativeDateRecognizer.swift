/// Finds dates relative to the publication date: "اليوم", "أمس الخميس", "قبل يومين",
/// "الخميس الماضي", "الأسبوع الماضي", "yesterday", "two days ago", "last Friday". They
/// become `RelativeDate`s, which the stage resolves against the reference date.
struct RelativeDateRecognizer: Sendable {
    let quantities: TimeQuantityParser

    init(numbers: NumberRecognizer) {
        quantities = TimeQuantityParser(numbers: numbers)
    }

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count {
            let found: Mention?
            switch text[i].kind {
            case .arabic: found = arabic(at: i, in: text)
            case .latin, .digits: found = english(at: i, in: text)
            default: found = nil
            }
            if let found { out.append(found) }
        }
        return out
    }

    /// "قبل ثلاثة أيام", "two days ago": the quantity as a shift, or nil when it is not a
    /// whole number of days, weeks, months or years.
    func shift(_ q: TimeQuantityParser.Quantity, sign: Int) -> RelativeDate? {
        guard let unit = q.unit.dateUnit, q.count > 0, q.count < 10_000, q.count == q.count.rounded() else {
            return nil
        }
        return .shift(sign * Int(q.count), unit)
    }
}
