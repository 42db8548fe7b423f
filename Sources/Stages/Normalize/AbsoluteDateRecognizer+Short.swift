extension AbsoluteDateRecognizer {
    /// Numeric dates with a short or no year: "10/31/74", "3/3/15" (day first unless only
    /// month first makes a date), "2/15" (month and day, US style: read only when the day is
    /// over 12, so that "3/4" stays a fraction and "24/7" a phrase), "2/2013" (a month).
    private static let shortDateCues: Set<String> = ["on", "by", "until", "till", "since", "from", "before", "after"]

    func shortNumericDate(at i: Int, in text: TokenizedText) -> Parse? {
        guard let a = text.digits(i), a.count <= 2, let sep = text.symbol(i + 1), ["/", "-", "."].contains(sep),
            text.adjacent(i), text.adjacent(i + 1), let b = text.digits(i + 2), let na = Int(a), let nb = Int(b),
            !(text.adjacent(i - 1) && [.digits, .latin].contains(text[i - 1].kind)),
            !(text.adjacent(i - 1) && text.symbol(i - 1).map(["/", "-", ".", ":"].contains) == true)
        else { return nil }
        let start = text[i].start
        // "10/31/74": a third part of two digits.
        if text.isSymbol(i + 3, sep), text.adjacent(i + 2), text.adjacent(i + 3), b.count <= 2, let c = text.digits(i + 4),
            c.count == 2, let yy = Int(c), !text.adjacent(i + 4) || text[i + 5].kind == .symbol && !text.isSymbol(i + 5, sep)
        {
            let year = yy < 50 ? 2000 + yy : 1900 + yy
            guard let day = CalendarDay(year: year, month: nb, day: na) ?? CalendarDay(year: year, month: na, day: nb)
            else { return nil }
            return Parse(start: start, end: text[i + 4].end, value: .resolved(.text(day.iso(.day)), .day))
        }
        guard sep == "/", !(text.adjacent(i + 2) && (text.isSymbol(i + 3, "/") || text[i + 3].kind != .symbol)) else {
            return nil
        }
        // "2/2013": a month.
        if b.count == 4, let v = (1...12).contains(na) ? monthValue(month: na, year: nb) : nil, (1000...2999).contains(nb) {
            return Parse(start: start, end: text[i + 2].end, value: v)
        }
        guard b.count <= 2, (1...12).contains(na), (13...31).contains(nb),
            nb <= CalendarDay.days(inMonth: na, year: 2000),
            text.latin(i - 1).map(Self.shortDateCues.contains) == true || text.latin(i + 3) == "at"
        else { return nil }
        return Parse(start: start, end: text[i + 2].end, value: .relative(.dayOfMonth(day: nb, month: na, weekday: nil)))
    }
}
