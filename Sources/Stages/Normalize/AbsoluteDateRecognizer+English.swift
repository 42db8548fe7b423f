extension AbsoluteDateRecognizer {
    private static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// "January 28, 2022", "Jan. 28th 2022", "March first", "January 28" and "January 2022"
    /// (month grain).
    func englishMonthDay(at i: Int, weekday: Int?, in text: TokenizedText) -> Parse? {
        guard let month = MonthNames.englishMonth(at: i, in: text) else { return nil }
        let dayAt = text.latin(month.next) == "the" ? month.next + 1 : month.next
        if let day = englishDay(at: dayAt, in: text) {
            return englishDate(
                day: day.value, month: month.month, start: month.start, end: day.end, after: day.next, weekday: weekday,
                in: text)
        }
        guard let (y, end) = year(at: skipComma(month.next, in: text), in: text),
            let value = monthValue(month: month.month, year: y)
        else { return nil }
        return Parse(start: month.start, end: end, value: value)
    }

    /// "28 January 2022", "the 28th of January", "the first of March", "28 Jan".
    func englishDayMonth(at i: Int, weekday: Int?, in text: TokenizedText) -> Parse? {
        var k = i
        if text.latin(k) == "the" { k += 1 }
        guard let day = englishDay(at: k, in: text) else { return nil }
        k = day.next
        if text.latin(k) == "of" { k += 1 }
        guard let month = MonthNames.englishMonth(at: k, in: text) else { return nil }
        // "first of May" needs the "of": "the first May …" is rarely a date.
        guard day.inDigits || k > day.next else { return nil }
        return englishDate(
            day: day.value, month: month.month, start: text[i].start, end: month.end, after: month.next,
            weekday: weekday,
            in: text)
    }

    /// "in 2019", "since 1990": the year alone is the mention, at year grain.
    func englishYear(at i: Int, in text: TokenizedText) -> Mention? {
        guard let cue = text.latin(i), DateCueWords.englishYearCues.contains(cue),
            let (y, end) = year(at: i + 1, in: text), let day = CalendarDay(year: y, month: 1, day: 1),
            !isBeforeChrist(after: i + 1, in: text)
        else { return nil }
        return .date(day, grain: .year, text[i + 1].start, end)
    }

    /// Whether "BC", "B.C." or "BCE" follows the year at i (this stage writes no year before 1).
    private func isBeforeChrist(after i: Int, in text: TokenizedText) -> Bool {
        guard let w = text.latin(i + 1) else { return false }
        if w == "bc" || w == "bce" { return true }
        return w == "b" && text.isSymbol(i + 2, ".") && text.latin(i + 3) == "c"
    }

    /// "in March", "last March", "since September": a capitalised month name after a cue.
    /// "last" and "next" are part of the mention and fix the direction.
    func englishMonthAlone(at i: Int, in text: TokenizedText) -> Mention? {
        guard let cue = text.latin(i), DateCueWords.englishMonthCues.contains(cue),
            let month = MonthNames.englishMonth(at: i + 1, in: text),
            MonthNames.englishAbbreviations[text[i + 1].key] == nil,
            text.scalars[text[i + 1].start].properties.isUppercase
        else { return nil }
        switch cue {
        case "last": return .relative(.month(month.month, .last), text[i].start, month.end)
        case "next": return .relative(.month(month.month, .next), text[i].start, month.end)
        default: return .relative(.month(month.month, .preferred), month.start, month.end)
        }
    }

    /// A day in digits ("28", "28th") or an ordinal word ("first", "twenty-first") at i.
    private func englishDay(at i: Int, in text: TokenizedText) -> EnglishDay? {
        if let d = dayNumber(at: i, in: text) {
            if text.adjacent(i), let s = text.latin(i + 1), Self.ordinalSuffixes.contains(s) {
                return EnglishDay(value: d, end: text[i + 1].end, next: i + 2, inDigits: true)
            }
            return EnglishDay(value: d, end: text[i].end, next: i + 1, inDigits: true)
        }
        guard let o = ordinals.englishOrdinal(at: i, in: text), (1...31).contains(o.value) else { return nil }
        return EnglishDay(value: o.value, end: o.end, next: o.next, inDigits: false)
    }

    /// The date from a day and month ending at `end`, with an optional year at token `after`.
    private func englishDate(
        day: Int, month: Int, start: Int, end: Int, after: Int, weekday: Int?, in text: TokenizedText
    ) -> Parse? {
        var end = end
        var yearValue: Int?
        if let (y, yearEnd) = year(at: skipComma(after, in: text), in: text) {
            yearValue = y
            end = yearEnd
        } else if let badEnd = impossibleYear(at: skipComma(after, in: text), in: text) {
            return Parse(start: start, end: badEnd, value: .unresolved)
        }
        guard let value = dayValue(day: day, month: month, year: yearValue, weekday: weekday) else { return nil }
        return Parse(start: start, end: end, value: value)
    }
}

/// A day of the month in English.
private struct EnglishDay {
    var value: Int
    var end: Int
    var next: Int
    var inDigits: Bool
}
