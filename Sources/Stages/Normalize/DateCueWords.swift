/// Words around dates that say which one is meant: "الماضي", "المقبل", "last", "next".
enum DateCueWords {
    /// After a noun: الخميس الماضي، الأسبوع الماضي، السنة الماضية.
    static let arabicPast = ArabicKey.set([
        "الماضي", "الماضية", "الفائت", "الفائتة", "المنصرم", "المنصرمة", "السابق", "السابقة", "الماض",
    ])
    static let arabicFuture = ArabicKey.set([
        "المقبل", "المقبلة", "القادم", "القادمة", "الآتي", "الآتية", "التالي", "التالية", "الجاي", "الجاية",
    ])
    static let arabicCurrent = ArabicKey.set(["الحالي", "الحالية", "الجاري", "الجارية"])

    /// The direction an Arabic modifier at token i gives, if it is one (past, future or current = nil direction).
    static func arabicModifier(at i: Int, in text: TokenizedText) -> RelativeDate.Direction? {
        if text.arabicWord(i, in: arabicPast) { return .last }
        if text.arabicWord(i, in: arabicFuture) { return .next }
        return nil
    }

    /// Whether the Arabic word at i says "current" (الحالي، الجاري).
    static func isArabicCurrent(at i: Int, in text: TokenizedText) -> Bool {
        text.arabicWord(i, in: arabicCurrent)
    }

    /// English words before a month that make a bare month name a date ("in March").
    static let englishMonthCues: Set<String> = [
        "in", "since", "until", "till", "by", "during", "early", "late", "mid", "of", "last", "next", "this",
    ]
    /// English words before a year that make it a date ("in 2019").
    static let englishYearCues: Set<String> = ["in", "since", "until", "till", "by", "during"]
}
