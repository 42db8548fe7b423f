/// Weekday names, numbered as Foundation does: 1 = Sunday … 7 = Saturday.
enum WeekdayNames {
    /// Arabic weekdays without their article (which they need: الخميس), keyed by ArabicKey.
    static let arabic: ArabicWordTable<Int> = ArabicKey.table([
        ("أحد", 1), ("اثنين", 2), ("ثلاثاء", 3), ("ثلاثا", 3), ("أربعاء", 4), ("أربعا", 4), ("خميس", 5), ("جمعة", 6), ("سبت", 7),
    ])

    static let english: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// Abbreviations, read only before a date ("Fri, Jan 28, 2022"): alone they are too often
    /// other words ("Sun", "Sat").
    static let englishAbbreviations: [String: Int] = [
        "sun": 1, "mon": 2, "tue": 3, "tues": 3, "wed": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6, "sat": 7,
    ]

    /// The Arabic weekday at token i (الخميس، يوم الخميس، ويوم الخميس): its number, start, and the next token.
    static func arabicWeekday(at i: Int, in text: TokenizedText) -> (weekday: Int, start: Int, next: Int)? {
        if let dayWord = text.arabic(i, in: dayWords, .indefinite),
            let (w, r) = text.arabic(i + 1, in: arabic, .definite), !r.hasClitic
        {
            return (w, dayWord.spanStart, i + 2)
        }
        guard let (w, r) = text.arabic(i, in: arabic, .definite) else { return nil }
        return (w, r.spanStart, i + 1)
    }

    /// يوم, as in "يوم الخميس", "يوم أمس".
    static let dayWords = ArabicKey.set(["يوم"])
}
