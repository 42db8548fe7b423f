extension RelativeDateRecognizer {
    private static let days: [String: Int] = ["today": 0, "yesterday": -1, "tomorrow": 1]
    private static let periods: [String: RelativeDate.Unit] = [
        "week": .week, "month": .month, "year": .year, "yr": .year,
    ]
    private static let loneAbbreviations: Set<String> = ["tue", "tues", "thu", "thur", "thurs", "fri"]
    /// "sun", "mon", "sat" and "wed" are words too: only "Sun." and "Mon." are read, not "sat." or "wed.".
    private static let dottedAbbreviations: Set<String> = ["mon", "sun"]
    /// Before week, month or year: the shift they give.
    private static let periodModifiers: [String: Int] = [
        "last": -1, "past": -1, "previous": -1, "this": 0, "current": 0, "next": 1, "coming": 1, "upcoming": 1,
        "following": 1,
    ]

    func english(at i: Int, in text: TokenizedText) -> Mention? {
        if let q = quantities.match(at: i, in: text) {
            if text.latin(q.next) == "ago", let date = shift(q, sign: -1) {
                return .relative(date, q.start, text[q.next].end)
            }
            if text.latin(q.next) == "from", text.latin(q.next + 1) == "now", let date = shift(q, sign: 1) {
                return .relative(date, q.start, text[q.next + 1].end)
            }
        }
        guard let word = text.latin(i) else { return nil }
        // "now", "right now", "at the moment", "at this time".
        // "ASAP" (in capitals), "as soon as possible": from now.
        if word == "asap", text.scalars[text[i].start].properties.isUppercase {
            return Mention(kind: .time, start: text[i].start, end: text[i].end, value: .now)
        }
        if word == "as", text.latin(i + 1) == "soon", text.latin(i + 2) == "as", text.latin(i + 3) == "possible" {
            return Mention(kind: .time, start: text[i].start, end: text[i + 3].end, value: .now)
        }
        if word == "now" {
            let start = text.latin(i - 1) == "right" || text.latin(i - 1) == "just" ? text[i - 1].start : text[i].start
            return Mention(kind: .time, start: start, end: text[i].end, value: .now)
        }
        if word == "at", let w = text.latin(i + 1), w == "the" || w == "this", let n = text.latin(i + 2),
            n == "moment" || (w == "this" && n == "time")
        {
            return Mention(kind: .time, start: text[i].start, end: text[i + 2].end, value: .now)
        }
        if let offset = Self.days[word] { return .relative(.shift(offset, .day), text[i].start, text[i].end) }
        // "the day after tomorrow", "day before yesterday".
        let d = word == "the" ? i + 1 : i
        if text.latin(d) == "day", let rel = text.latin(d + 1), let end = text.latin(d + 2) {
            if rel == "before", end == "yesterday" {
                return .relative(.shift(-2, .day), text[i].start, text[d + 2].end)
            }
            if rel == "after", end == "tomorrow" { return .relative(.shift(2, .day), text[i].start, text[d + 2].end) }
        }
        if let offset = Self.periodModifiers[word], let noun = text.latin(i + 1) {
            if let unit = Self.periods[noun] { return .relative(.period(offset, unit), text[i].start, text[i + 1].end) }
            if word == "last" || word == "next", let w = WeekdayNames.english[noun] {
                // "next Wednesday" is next week's, as Duckling reads it; "last Sunday" the last one.
                let date: RelativeDate = offset < 0 ? .weekday(w, .last) : .weekdayOfWeek(w, week: 1)
                return .relative(date, text[i].start, text[i + 1].end)
            }
        }
        if let w = WeekdayNames.english[word] { return .relative(.weekday(w, .preferred), text[i].start, text[i].end) }
        // "Thu", "fri.", "Mon.": abbreviations that are no other word, or with their period.
        if let w = WeekdayNames.englishAbbreviations[word] {
            let dotted = text.isSymbol(i + 1, ".") && text.adjacent(i)
            guard Self.loneAbbreviations.contains(word) || dotted && Self.dottedAbbreviations.contains(word) else {
                return nil
            }
            return .relative(.weekday(w, .preferred), text[i].start, text[dotted ? i + 1 : i].end)
        }
        return nil
    }
}
