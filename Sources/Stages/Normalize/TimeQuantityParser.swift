/// Reads a count of time units: "ثلاثة أيام", "3 أيام", "15 يوماً", "يومين", "أسبوع",
/// "two days", "a week", "5 years".
struct TimeQuantityParser: Sendable {
    struct Quantity: Sendable, Equatable {
        var count: Double
        var unit: TimeUnit
        /// Whether a number word or digits gave the count; false for "أسبوع" (one), "يومين"
        /// (two) and "a week".
        var explicitCount: Bool
        var start: Int
        var end: Int
        /// The token after the unit.
        var next: Int
    }

    let numbers: NumberRecognizer

    func match(at i: Int, in text: TokenizedText) -> Quantity? {
        guard i < text.count else { return nil }
        if let n = numbers.match(at: i, in: text), n.next < text.count,
            let unit = unitAfterCount(n.value, at: n.next, in: text)
        {
            return Quantity(
                count: n.value, unit: unit, explicitCount: true, start: n.start, end: text[n.next].end, next: n.next + 1
            )
        }
        if let (unit, r) = text.arabic(i, in: TimeUnit.arabicSingular, .bare) {
            return Quantity(
                count: 1, unit: unit, explicitCount: false, start: r.spanStart, end: text[i].end, next: i + 1)
        }
        if let (unit, r) = TimeUnit.arabicDual(at: i, in: text), !r.hasClitic {
            return Quantity(
                count: 2, unit: unit, explicitCount: false, start: r.spanStart, end: text[i].end, next: i + 1)
        }
        if let article = text.latin(i), article == "a" || article == "an", let word = text.latin(i + 1),
            let unit = TimeUnit.english[word], !word.hasSuffix("s")
        {
            return Quantity(
                count: 1, unit: unit, explicitCount: false, start: text[i].start, end: text[i + 1].end, next: i + 2)
        }
        return nil
    }

    /// The unit after a count: an English word, or an Arabic plural or singular. Arabic counts
    /// 3 to 10 take the plural (ثلاثة أيام); "9 عام" is a number and a year, not nine years.
    private func unitAfterCount(_ count: Double, at k: Int, in text: TokenizedText) -> TimeUnit? {
        if let word = text.latin(k) { return TimeUnit.english[word] }
        if let (unit, _) = text.arabic(k, in: TimeUnit.arabicPlural, .bare) { return unit }
        guard !(3...10).contains(count) else { return nil }
        return text.arabic(k, in: TimeUnit.arabicSingular, .bare)?.0
    }
}
