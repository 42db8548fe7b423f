/// Finds Hijri dates and feasts and converts them to Gregorian: "15 رمضان 1445 هـ", "الأول من
/// محرم 1446", "15/9/1445 هـ", "رمضان 1445" and "عام 1445 هـ" (spans of days), "عيد الفطر",
/// "عيد الأضحى 2013", "رمضان 2019" (a Hijri month in a Gregorian year), "Christmas 2020".
///
/// Values are Gregorian; the mention records the grain the text wrote in Hijri, and the
/// annotation keeps the Hijri form (`Annotation.hijri`). A Hijri date that does not exist
/// or lies outside the convertible years keeps its span but yields no annotation.
struct HijriDateRecognizer: Sendable {
    let ordinals = OrdinalRecognizer()
    let calendar = HijriCalendar()

    private static let of = ArabicKey.set(["من"])
    private static let monthWord = ArabicKey.set(["شهر"])
    private static let yearWords = ArabicKey.set(["عام", "سنة"])
    private static let marks = ArabicKey.set(["ه", "هـ", "هجري", "هجرية", "للهجرة", "هجريا"])

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count where text[i].kind != .symbol && text[i].kind != .opaque {
            if let m = numeric(at: i, in: text) ?? dayMonth(at: i, in: text) ?? monthYear(at: i, in: text)
                ?? yearAlone(at: i, in: text) ?? holiday(at: i, in: text) ?? ramadan(at: i, in: text)
            {
                out.append(m)
            }
        }
        return out
    }

    /// "15 رمضان 1445 هـ", "الأول من شهر محرم", "15 رمضان".
    private func dayMonth(at i: Int, in text: TokenizedText) -> Mention? {
        var k: Int
        let day: Int
        let start: Int
        if let d = text.digits(i), d.count <= 2, let n = Int(d), (1...30).contains(n) {
            (day, k, start) = (n, i + 1, text[i].start)
            if text.arabic(k, in: Self.of, .bare) != nil { k += 1 }
        } else if let o = ordinals.arabicOrdinal(at: i, in: text), (1...30).contains(o.value),
            text.arabic(o.next, in: Self.of, .bare) != nil
        {
            (day, k, start) = (o.value, o.next + 1, o.start)
        } else {
            return nil
        }
        if text.arabic(k, in: Self.monthWord, .bare) != nil { k += 1 }
        guard let month = HijriMonthNames.month(at: k, in: text) else { return nil }
        guard let (year, end, hijriYear) = year(after: month.next, in: text) else {
            return .relative(.holiday(.hijri(month: month.month, day: day)), start, month.end).writtenInHijri(.day)
        }
        let converted =
            hijriYear
            ? calendar.gregorian(year: year, month: month.month, day: day)
            : calendar.day(month: month.month, day: day, inGregorianYear: year)
        return dated(converted, start, end).writtenInHijri(.day)
    }

    /// "رمضان 1445 هـ", "شهر رمضان 2019": the month's days.
    private func monthYear(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        var start: Int?
        if let r = text.arabic(i, in: Self.monthWord, .indefinite) {
            start = r.spanStart
            k += 1
        }
        guard let month = HijriMonthNames.month(at: k, in: text), let (year, end, hijriYear) = year(after: month.next, in: text)
        else { return nil }
        var hy = year
        if !hijriYear {
            guard let first = calendar.day(month: month.month, day: 1, inGregorianYear: year),
                let h = calendar.hijri(of: first)
            else { return unresolved(start ?? month.start, end) }
            hy = h.year
        }
        guard let (first, last) = calendar.monthSpan(year: hy, month: month.month) else {
            return unresolved(start ?? month.start, end)
        }
        return span(first, last, start ?? month.start, end).writtenInHijri(.month)
    }

    /// "عام 1445 هـ", "1445هـ": the year's days.
    private func yearAlone(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        var start = text[i].start
        if let r = text.arabic(i, in: Self.yearWords, .any) {
            start = r.spanStart
            k += 1
        }
        guard let d = text.digits(k), (3...4).contains(d.count), let y = Int(d), let end = mark(after: k, in: text) else {
            return nil
        }
        guard let first = calendar.gregorian(year: y, month: 1, day: 1),
            let (_, last) = calendar.monthSpan(year: y, month: 12)
        else { return unresolved(start, end) }
        return span(first, last, start, end).writtenInHijri(.year)
    }

    /// "15/9/1445 هـ", "1445/9/15هـ": numeric dates need the Hijri mark.
    private func numeric(at i: Int, in text: TokenizedText) -> Mention? {
        guard let a = text.digits(i), let sep = text.symbol(i + 1), sep == "/" || sep == "-" || sep == ".",
            text.isSymbol(i + 3, sep), (i..<(i + 4)).allSatisfy({ text.adjacent($0) }), let b = text.digits(i + 2),
            let c = text.digits(i + 4), let na = Int(a), let nb = Int(b), let nc = Int(c)
        else { return nil }
        // Without هـ, only a four-digit year of the Hijri range says Hijri ("30-02-1433").
        let year = a.count >= 3 ? na : nc
        guard let end = mark(after: i + 4, in: text) ?? (HijriCalendar.years.contains(year) && max(a.count, c.count) == 4 ? text[i + 4].end : nil)
        else { return nil }
        let day: CalendarDay?
        if a.count >= 3, c.count <= 2 {
            day = calendar.gregorian(year: na, month: nb, day: nc)
        } else if a.count <= 2, c.count >= 3 {
            day = calendar.gregorian(year: nc, month: nb, day: na)
        } else {
            day = nil
        }
        return dated(day, text[i].start, end).writtenInHijri(.day)
    }

    /// "Ramadan 2018": the days of the Ramadan that falls in a Gregorian year.
    private func ramadan(at i: Int, in text: TokenizedText) -> Mention? {
        if let (y, end) = farewellFriday(at: i, in: text) {
            // Jumu'atul-Wida: the last Friday of Ramadan.
            guard let first = calendar.day(month: 9, day: 1, inGregorianYear: y),
                let last = calendar.day(month: 10, day: 1, from: first, after: true)?.adding(days: -1),
                let friday = last.adding(days: -((last.weekday - 6 + 7) % 7))
            else { return nil }
            return .date(friday, grain: .day, text[i].start, end)
        }
        guard text.latin(i) == "ramadan", let d = text.digits(i + 1), d.count == 4, let y = Int(d),
            (1000...2999).contains(y), !HijriCalendar.years.contains(y),
            let first = calendar.day(month: 9, day: 1, inGregorianYear: y),
            let end = calendar.day(month: 10, day: 1, from: first, after: true)?.adding(days: -1)
        else { return nil }
        return span(first, end, text[i].start, text[i + 1].end).writtenInHijri(.month)
    }

    /// "Jamat Ul-Vida 2017", "Jumu'atul-Wida 2018": the year and where the name and year end.
    private func farewellFriday(at i: Int, in text: TokenizedText) -> (Int, Int)? {
        guard let first = text.latin(i), Self.farewellFirstWords.contains(first) else { return nil }
        for words in Self.farewellNames where words.indices.allSatisfy({ text.tokenKey(i + $0) == words[$0] }) {
            let k = i + words.count
            guard let d = text.digits(k), d.count == 4, let y = Int(d), (1000...2999).contains(y) else { return nil }
            return (y, text[k].end)
        }
        return nil
    }

    private static let farewellNames: [[String]] = [
        ["jamat", "ul", "-", "vida"], ["jumu", "'", "atul", "-", "wida"], ["jumuatul", "-", "wida"],
    ]
    private static let farewellFirstWords = Set(farewellNames.map { $0[0] })
    /// The first words of the feasts' names, to skip every other word at once.
    private static let arabicHolidayStarts = ArabicWordSet(Holiday.arabic.map { $0.words[0] })
    private static let englishHolidayStarts = Set(Holiday.english.map { $0.words[0] })

    /// "عيد الفطر", "عيد الأضحى 2013", "Christmas 2020".
    private func holiday(at i: Int, in text: TokenizedText) -> Mention? {
        var found: (Holiday, Int, Int)?
        if text[i].kind == .arabic {
            guard text[i].readings.contains(where: { r in !r.hasArticle && r.stem.map(Self.arabicHolidayStarts.contains) == true })
            else { return nil }
            for (words, h) in Holiday.arabic {
                guard text[i].readings.contains(where: { !$0.hasArticle && $0.stem == words[0] }) else { continue }
                guard words.indices.dropFirst().allSatisfy({ text.arabicKey(i + $0) == words[$0] }) else { continue }
                let r = text[i].readings.first { !$0.hasArticle && $0.stem == words[0] }!
                found = (h, r.spanStart, i + words.count)
                break
            }
        } else if let first = text.latin(i), Self.englishHolidayStarts.contains(first) {
            for (words, h) in Holiday.english where words[0] == first {
                guard words.indices.dropFirst().allSatisfy({ text.tokenKey(i + $0) == words[$0] }) else { continue }
                found = (h, text[i].start, i + words.count)
                break
            }
        }
        guard let (h, start, next) = found else { return nil }
        if let d = text.digits(next), d.count == 4, let y = Int(d), (1000...2999).contains(y) {
            return dated(h.day(inYear: y, hijri: calendar), start, text[next].end)
        }
        // "Thanksgiving of next year", "MLK day of last year".
        if text.latin(next) == "of", let w = text.latin(next + 1), let offset = Self.yearShifts[w],
            text.latin(next + 2) == "year"
        {
            return .relative(.holidayInYear(h, yearOffset: offset), start, text[next + 2].end)
        }
        // "last Easter", "next Halloween", "this Thanksgiving".
        if let w = text.latin(i - 1), let offset = Self.yearShifts[w] {
            return .relative(.directedHoliday(h, future: offset >= 0), text[i - 1].start, text[next - 1].end)
        }
        return .relative(.holiday(h), start, text[next - 1].end)
    }

    // MARK: pieces

    /// The year after a Hijri month: its value, end, and whether it is Hijri (a mark, or
    /// 1300–1600 without one).
    private func year(after i: Int, in text: TokenizedText) -> (Int, Int, Bool)? {
        var k = i
        if text.isSymbol(k, ",") || text.isSymbol(k, "\u{060C}") { k += 1 }
        if text.arabic(k, in: Self.yearWords, .any) != nil { k += 1 }
        guard let d = text.digits(k), (3...4).contains(d.count), let y = Int(d) else { return nil }
        if let end = mark(after: k, in: text) { return (y, end, true) }
        if text.adjacent(k), k + 1 < text.count, text[k + 1].kind != .symbol {
            return text.arabicWord(k + 1, in: Self.miladi) ? (y, text[k + 1].end, false) : nil
        }
        return (y, text[k].end, HijriCalendar.years.contains(y))
    }

    private static let miladi = ArabicKey.set(["م"])
    private static let yearShifts: [String: Int] = ["last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1]

    /// Where a Hijri mark after the year at k ends ("1445هـ", "1445 هـ", "1445 هجرية").
    private func mark(after k: Int, in text: TokenizedText) -> Int? {
        guard k + 1 < text.count, text[k + 1].kind == .arabic, text.arabicWord(k + 1, in: Self.marks) else { return nil }
        return text[k + 1].end
    }

    private func dated(_ day: CalendarDay?, _ start: Int, _ end: Int) -> Mention {
        guard let day else { return unresolved(start, end) }
        return .date(day, grain: .day, start, end)
    }

    private func span(_ first: CalendarDay, _ last: CalendarDay, _ start: Int, _ end: Int) -> Mention {
        Mention(
            kind: .range, start: start, end: end,
            value: .range(.resolved(.text(first.iso(.day)), .day), .resolved(.text(last.iso(.day)), .day)))
    }

    private func unresolved(_ start: Int, _ end: Int) -> Mention {
        Mention(kind: .date, start: start, end: end, value: .unresolved)
    }
}

extension Mention {
    /// The mention marked as a date the text wrote in Hijri, to that grain.
    func writtenInHijri(_ grain: Annotation.Grain) -> Mention {
        var m = self
        m.hijri = grain
        return m
    }
}

extension TokenizedText {
    /// The ArabicKey of the word at i as written.
    func arabicKey(_ i: Int) -> ArabicWordKey? {
        i >= 0 && i < tokens.count ? tokens[i].arabicKey : nil
    }

    /// The Latin word or symbol at i.
    func tokenKey(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && (tokens[i].kind == .latin || tokens[i].kind == .symbol) ? tokens[i].key : nil
    }
}
