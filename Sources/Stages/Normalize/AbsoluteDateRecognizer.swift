/// Finds dates written with a month or in digits: "28 يناير 2022", "28 كانون الثاني 2022",
/// "28 شباط/فبراير 2022", "الخامس من يناير", "January 28, 2022", "28 January 2022",
/// "the first of March", "January 2022" (month grain), "2022-01-28", "28/01/2022",
/// "عام 2019" (year grain), with an optional weekday before ("الخميس الموافق 27 يناير").
///
/// A day and month with no year, or a month alone, becomes a relative date: its year comes
/// from the reference date. When a date has a year, a weekday before it does not change it.
struct AbsoluteDateRecognizer: Sendable {
    /// A date pattern matched from some token: where it lies and what it means.
    struct Parse {
        var start: Int
        var end: Int
        var value: Mention.Value
    }

    let ordinals = OrdinalRecognizer()

    private static let agreeing = ArabicKey.set(["الموافق", "الموافقة"])

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count {
            if let m = match(at: i, in: text) { out.append(m) }
        }
        return out
    }

    /// The date starting at token i.
    func match(at i: Int, in text: TokenizedText) -> Mention? {
        if let (start, next, weekday) = weekdayPrefix(at: i, in: text) {
            guard let p = datePattern(at: next, weekday: weekday, in: text) ?? dayMonthDigits(at: next, weekday: weekday, in: text)
            else { return nil }
            // "الثلاثاء الثالث من أيلول 2014" on a Wednesday is the third Tuesday, not the 3rd.
            if case .resolved(.text(let iso), .day?) = p.value, let day = CalendarDay(iso: iso), day.weekday != weekday {
                return nil
            }
            return Mention(kind: .date, start: start, end: p.end, value: p.value)
        }
        if let p = datePattern(at: i, weekday: nil, in: text) ?? arabicMonthDayBeforeRange(at: i, in: text) {
            return Mention(kind: .date, start: p.start, end: p.end, value: p.value)
        }
        return arabicYear(at: i, in: text) ?? englishYear(at: i, in: text) ?? arabicMonthAlone(at: i, in: text)
            ?? englishMonthAlone(at: i, in: text)
    }

    /// The patterns that may follow a weekday.
    private func datePattern(at i: Int, weekday: Int?, in text: TokenizedText) -> Parse? {
        guard i < text.count else { return nil }
        return numericDate(at: i, in: text) ?? shortNumericDate(at: i, in: text) ?? arabicDayMonth(at: i, weekday: weekday, in: text)
            ?? arabicMonthYear(at: i, in: text) ?? englishMonthDay(at: i, weekday: weekday, in: text)
            ?? englishDayMonth(at: i, weekday: weekday, in: text)
    }

    /// "الجمعة،" "يوم الجمعة" "الخميس الموافق" "Friday," "Fri.": where the weekday starts,
    /// the token after it, and the weekday.
    private func weekdayPrefix(at i: Int, in text: TokenizedText) -> (Int, Int, Int)? {
        var next: Int
        let start: Int
        let weekday: Int
        if let (w, s, n) = WeekdayNames.arabicWeekday(at: i, in: text) {
            (weekday, start, next) = (w, s, n)
        } else if let word = text.latin(i),
            let w = WeekdayNames.english[word] ?? WeekdayNames.englishAbbreviations[word]
        {
            (weekday, start, next) = (w, text[i].start, i + 1)
            if WeekdayNames.englishAbbreviations[word] != nil, text.isSymbol(next, "."), text.adjacent(i) { next += 1 }
        } else {
            return nil
        }
        next = skipComma(next, in: text)
        if text.arabic(next, in: Self.agreeing, .bare) != nil { next += 1 }
        return (start, next, weekday)
    }

    /// "2022-01-28", "2022/1/28", "28/01/2022", "28-01-2022", "28.01.2022": day first, unless
    /// only month first makes a date (01/28/2022).
    private func numericDate(at i: Int, in text: TokenizedText) -> Parse? {
        guard let a = text.digits(i), let sep = text.symbol(i + 1), ["-", "/", "."].contains(sep),
            text.isSymbol(i + 3, sep), (i..<(i + 4)).allSatisfy({ text.adjacent($0) }),
            let b = text.digits(i + 2), let c = text.digits(i + 4), b.count <= 2,
            let na = Int(a), let nb = Int(b), let nc = Int(c)
        else { return nil }
        let day: CalendarDay?
        if a.count == 4, c.count <= 2 {
            day = CalendarDay(year: na, month: nb, day: nc)
        } else if a.count <= 2, c.count == 4 {
            day = CalendarDay(year: nc, month: nb, day: na) ?? CalendarDay(year: nc, month: na, day: nb)
        } else {
            return nil
        }
        guard let day, !isHijri(after: i + 4, in: text), !HijriCalendar.years.contains(day.year) else { return nil }
        guard (1000...2999).contains(day.year) else {
            return Parse(start: text[i].start, end: text[i + 4].end, value: .unresolved)
        }
        return Parse(start: text[i].start, end: text[i + 4].end, value: .resolved(.text(day.iso(.day)), .day))
    }

    /// "21/09" after a weekday ("يوم السبت 21/09"): day and month, the year from the weekday.
    private func dayMonthDigits(at i: Int, weekday: Int, in text: TokenizedText) -> Parse? {
        guard let a = text.digits(i), let b = text.digits(i + 2), a.count <= 2, b.count <= 2,
            text.isSymbol(i + 1, "/") || text.isSymbol(i + 1, "-") || text.isSymbol(i + 1, "."),
            text.adjacent(i), text.adjacent(i + 1), !text.adjacent(i + 2), let d = Int(a), let m = Int(b),
            (1...12).contains(m), (1...31).contains(d), d <= CalendarDay.days(inMonth: m, year: 2000)
        else { return nil }
        return Parse(start: text[i].start, end: text[i + 2].end, value: .relative(.dayOfMonth(day: d, month: m, weekday: weekday)))
    }

    private static let rangeJoints = ArabicKey.set(["إلى", "الى", "حتى", "وحتى"])

    /// "يوليو 13" in "يوليو 13-15", "تموز 13 إلى 15": a month then a day, read only before the
    /// rest of a range (alone, "يناير 25" is too often a month and a count).
    private func arabicMonthDayBeforeRange(at i: Int, in text: TokenizedText) -> Parse? {
        guard let month = arabicMonthWithAlias(at: i, in: text), let d = dayNumber(at: month.next, in: text),
            text.digits(month.next + 2) != nil,
            text.isSymbol(month.next + 1, "-") || text.arabicWord(month.next + 1, in: Self.rangeJoints),
            let value = dayValue(day: d, month: month.month, year: nil, weekday: nil)
        else { return nil }
        return Parse(start: month.start, end: text[month.next].end, value: value)
    }

    // MARK: shared pieces

    /// A day of the month in digits at i.
    func dayNumber(at i: Int, in text: TokenizedText) -> Int? {
        guard let d = text.digits(i), d.count <= 2, let n = Int(d), (1...31).contains(n),
            !(text.adjacent(i - 1) && [TextToken.Kind.latin, .digits].contains(text[i - 1].kind))
        else { return nil }
        return n
    }

    /// A four-digit year at i (1000–2999): its value and where it ends, with an adjacent
    /// Arabic "م" (ميلادي) included.
    func year(at i: Int, in text: TokenizedText) -> (year: Int, end: Int)? {
        guard let d = text.digits(i), d.count == 4, let y = Int(d), (1000...2999).contains(y) else { return nil }
        if text.adjacent(i), text.arabicWord(i + 1, in: Self.miladi) {
            return (y, text[i + 1].end)
        }
        if text.adjacent(i), i + 1 < text.count, text[i + 1].kind != .symbol { return nil }
        return (y, text[i].end)
    }

    /// The value of a day and month with an optional year.
    func dayValue(day: Int, month: Int, year: Int?, weekday: Int?) -> Mention.Value? {
        // "31 شباط", "30 February 2021": the date as written does not exist.
        if let year {
            guard let date = CalendarDay(year: year, month: month, day: day) else { return .unresolved }
            return .resolved(.text(date.iso(.day)), .day)
        }
        guard day <= CalendarDay.days(inMonth: month, year: 2000) else { return .unresolved }
        return .relative(.dayOfMonth(day: day, month: month, weekday: weekday))
    }

    /// Where a four-digit number that is no year ends ("1 يناير 0000"): the date around it
    /// has no value.
    func impossibleYear(at i: Int, in text: TokenizedText) -> Int? {
        guard let d = text.digits(i), d.count == 4, let y = Int(d), !(1000...2999).contains(y) else { return nil }
        return text[i].end
    }

    /// The value of a month with a year.
    func monthValue(month: Int, year: Int) -> Mention.Value? {
        CalendarDay(year: year, month: month, day: 1).map { .resolved(.text($0.iso(.month)), .month) }
    }

    /// After a year: هـ، هجري، هجرية mark the Hijri calendar, which this stage does not convert.
    private static let hijriMarks = ArabicKey.set(["ه", "هجري", "هجرية"])
    /// After a year: م (ميلادي), the Gregorian calendar.
    private static let miladi = ArabicKey.set(["م"])

    /// Whether a Hijri mark follows the year at token i (directly or after a space).
    func isHijri(after i: Int, in text: TokenizedText) -> Bool {
        for k in (i + 1)...(i + 2) where k < text.count && text[k].kind == .arabic {
            return text.arabicWord(k, in: Self.hijriMarks)
        }
        return false
    }

    /// Skips one comma (Latin or Arabic) at i.
    func skipComma(_ i: Int, in text: TokenizedText) -> Int {
        text.isSymbol(i, ",") || text.isSymbol(i, "\u{060C}") ? i + 1 : i
    }
}
