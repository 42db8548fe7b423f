extension AbsoluteDateRecognizer {
    private static let of = ArabicKey.set(["من"])
    private static let monthWord = ArabicKey.set(["شهر"])
    private static let yearWords = ArabicKey.set(["عام", "سنة"])

    /// "28 يناير 2022", "28 كانون الثاني", "28 شباط/فبراير 2022", "28 من يناير", "14 شهر شباط",
    /// "الخامس من يناير", "الحادي والعشرين من شهر آذار 2021".
    func arabicDayMonth(at i: Int, weekday: Int?, in text: TokenizedText) -> Parse? {
        var k: Int
        let day: Int
        if let d = dayNumber(at: i, in: text) {
            day = d
            k = i + 1
            if text.arabic(k, in: Self.of, .bare) != nil { k += 1 }
        } else if let o = ordinals.arabicOrdinal(at: i, in: text), (1...31).contains(o.value),
            text.arabic(o.next, in: Self.of, .bare) != nil
        {
            day = o.value
            k = o.next + 1
        } else {
            return nil
        }
        if text.arabic(k, in: Self.monthWord, .bare) != nil { k += 1 }
        guard let month = arabicMonthWithAlias(at: k, in: text) else { return nil }
        var end = month.end
        var yearValue: Int?
        if let (y, yearEnd) = arabicYearAfter(month.next, in: text) {
            yearValue = y
            end = yearEnd
        } else if let badEnd = impossibleYear(at: skipComma(month.next, in: text), in: text) {
            return Parse(start: arabicStart(i, in: text), end: badEnd, value: .unresolved)
        }
        guard let value = dayValue(day: day, month: month.month, year: yearValue, weekday: weekday) else { return nil }
        return Parse(start: arabicStart(i, in: text), end: end, value: value)
    }

    /// "يناير 2022", "شهر كانون الثاني 2022": month grain.
    func arabicMonthYear(at i: Int, in text: TokenizedText) -> Parse? {
        var k = i
        var start: Int?
        if let r = text.arabic(i, in: Self.monthWord, .indefinite) {
            start = r.spanStart
            k += 1
        }
        guard let month = arabicMonthWithAlias(at: k, in: text), let (y, end) = arabicYearAfter(month.next, in: text),
            let value = monthValue(month: month.month, year: y)
        else { return nil }
        return Parse(start: start ?? month.start, end: end, value: value)
    }

    /// "عام 2019", "العام 2019", "لسنة 2019م": year grain; the word for year is part of the mention.
    func arabicYear(at i: Int, in text: TokenizedText) -> Mention? {
        guard let r = text.arabic(i, in: Self.yearWords, .any), let (y, end) = year(at: i + 1, in: text),
            !isHijri(after: i + 1, in: text), let day = CalendarDay(year: y, month: 1, day: 1)
        else { return nil }
        return .date(day, grain: .year, r.spanStart, end)
    }

    /// A month alone: "شهر مارس", "نيسان الماضي", "في حزيران". Names that are also common
    /// words (مارس، آب) need شهر or a modifier. Its year comes from the reference.
    func arabicMonthAlone(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        var start: Int?
        if let r = text.arabic(i, in: Self.monthWord, .indefinite) {
            start = r.spanStart
            k += 1
        }
        guard let month = arabicMonthWithAlias(at: k, in: text) else { return nil }
        var end = month.end
        var direction = RelativeDate.Direction.preferred
        if let d = DateCueWords.arabicModifier(at: month.next, in: text) {
            direction = d
            end = text[month.next].end
        }
        guard start != nil || direction != .preferred || !month.ambiguous else { return nil }
        return .relative(.month(month.month, direction), start ?? month.start, end)
    }

    /// A month name with an optional second name for the same month: "شباط/فبراير",
    /// "فبراير (شباط)", "كانون الثاني/يناير".
    func arabicMonthWithAlias(at i: Int, in text: TokenizedText) -> MonthNames.Match? {
        guard var m = MonthNames.arabicMonth(at: i, in: text) else { return nil }
        if let sep = text.symbol(m.next), sep == "/" || sep == "-",
            let alias = MonthNames.arabicMonth(at: m.next + 1, in: text), alias.month == m.month
        {
            m.end = alias.end
            m.next = alias.next
            m.ambiguous = false
        } else if text.symbol(m.next) == "(", let alias = MonthNames.arabicMonth(at: m.next + 1, in: text),
            alias.month == m.month, text.symbol(alias.next) == ")"
        {
            m.end = text[alias.next].end
            m.next = alias.next + 1
            m.ambiguous = false
        }
        return m
    }

    /// The Gregorian year after a month ("يناير 2022", "يناير، 2022", "آذار من عام 2021").
    private func arabicYearAfter(_ i: Int, in text: TokenizedText) -> (Int, Int)? {
        var k = skipComma(i, in: text)
        if text.arabic(k, in: Self.of, .bare) != nil, text.arabic(k + 1, in: Self.yearWords, .any) != nil { k += 2 }
        guard let (y, end) = year(at: k, in: text), !isHijri(after: k, in: text) else { return nil }
        return (y, end)
    }

    /// Where a mention starting with the Arabic word at i starts: after its clitics.
    private func arabicStart(_ i: Int, in text: TokenizedText) -> Int {
        guard text[i].kind == .arabic else { return text[i].start }
        return ordinals.arabicOrdinal(at: i, in: text)?.start ?? text[i].start
    }

}
