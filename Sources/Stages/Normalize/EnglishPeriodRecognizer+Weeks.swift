/// Weekends, whole weeks, seasons and a day of the month alone, for `EnglishPeriodRecognizer`.
extension EnglishPeriodRecognizer {
    /// "this weekend", "this past weekend", "next week-end", "the last weekend of October":
    /// Friday 18:00 to Monday 00:00, as Duckling reads them.
    func weekend(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        if text.latin(k) == "the" { k += 1 }
        var shift = 0
        var pick: Int?
        if text.latin(k) == "this", text.latin(k + 1) == "past" {
            shift = -1
            k += 2
        } else if let w = text.latin(k), let s = Self.weekShifts[w] {
            shift = s
            k += 1
        } else if let o = OrdinalRecognizer().englishOrdinal(at: k, in: text), (1...4).contains(o.value) {
            pick = o.value
            k = o.next
        }
        guard let after = weekendWord(at: k, in: text) else { return nil }
        let friday = ClockTime(hour: 18)
        let monday = ClockTime(hour: 0)
        // "the last weekend of October": its Friday is the month's last Friday.
        if let link = text.latin(after), link == "of" || link == "in", let month = MonthNames.englishMonth(at: after + 1, in: text) {
            let n = pick ?? (shift == -1 ? -1 : shift == 0 ? 0 : 99)
            guard n == -1 || (1...4).contains(n) else { return nil }
            var end = month.end
            var spec: MonthSpec = .named(month.month)
            if let d = text.digits(month.next), d.count == 4, let y = Int(d), (1000...2999).contains(y) {
                spec = .fixed(year: y, month: month.month)
                end = text[month.next].end
            }
            let day: Mention.DaySpec = .relative(.inMonth(spec, .weekday(6, nth: n)))
            return Mention(kind: .time, start: text[i].start, end: end, value: .clock(friday, day))
        }
        guard pick == nil, k > i || text.latin(i - 1) == "at" || text.latin(i - 1) == "on" || text.latin(i - 1) == "over" else {
            return nil
        }
        return Mention(
            kind: .range, start: text[i].start, end: text[after - 1].end,
            value: .range(
                .clock(friday, .relative(.weekdayOfWeek(6, week: shift))),
                .clock(monday, .relative(.weekdayOfWeek(2, week: shift + 1)))))
    }

    /// "this summer", "last winter", "next season", "the current season".
    func season(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        if text.latin(k) == "the" { k += 1 }
        guard let w = text.latin(k), let shift = Self.weekShifts[w], let name = text.latin(k + 1),
            let s = Season.names[name]
        else { return nil }
        let named = s < 0 ? nil : s
        return Mention(
            kind: .range, start: text[i].start, end: text[k + 1].end,
            value: .range(
                .relative(.season(named, offset: shift, end: false)), .relative(.season(named, offset: shift, end: true))))
    }

    /// "all week" (Monday to Sunday of this week), "the rest of the week" (today to Sunday).
    func wholeWeek(at i: Int, in text: TokenizedText) -> Mention? {
        let sunday: Mention.Value = .relative(.weekdayOfWeek(1, week: 0))
        if text.latin(i) == "all", text.latin(i + 1) == "week" {
            return Mention(
                kind: .range, start: text[i].start, end: text[i + 1].end,
                value: .range(.relative(.weekdayOfWeek(2, week: 0)), sunday))
        }
        guard text.latin(i) == "rest", text.latin(i + 1) == "of", let w = text.latin(i + 2), w == "the" || w == "this",
            text.latin(i + 3) == "week"
        else { return nil }
        return Mention(kind: .range, start: text[i].start, end: text[i + 3].end, value: .range(.relative(.shift(0, .day)), sunday))
    }

    /// "weekend", "week-end", "week end", "wkend" at i: the token after it.
    func weekendWord(at i: Int, in text: TokenizedText) -> Int? {
        guard let w = text.latin(i) else { return nil }
        if w == "weekend" || w == "wkend" { return i + 1 }
        guard w == "week" else { return nil }
        if text.latin(i + 1) == "end", !(text.latin(i + 2) == "of") { return i + 2 }
        if text.isSymbol(i + 1, "-"), text.latin(i + 2) == "end" { return i + 3 }
        return nil
    }

    private static let afterDay: Set<String> = [
        "at", "and", "or", "to", "until", "till", "through", "when", "from", "with", "as", "after", "before", "but",
    ]

    /// "on the 15th", "On 24th", "on the first": a day of this month, or of the next or the
    /// last as the preference says when it is not in this one.
    func dayAlone(at i: Int, in text: TokenizedText) -> Mention? {
        guard text.latin(i) == "on" else { return nil }
        var k = i + 1
        let the = text.latin(k) == "the"
        if the { k += 1 }
        let ordinals = OrdinalRecognizer()
        guard let o = ordinals.digitOrdinal(at: k, in: text) ?? (the ? ordinals.englishOrdinal(at: k, in: text) : nil),
            (1...31).contains(o.value)
        else { return nil }
        // "on the 15th of March", "on the first attempt": not a day alone.
        if let next = text.latin(o.next), !Self.afterDay.contains(next) { return nil }
        return .relative(.dayOfNearMonth(o.value), text[i + 1].start, o.end)
    }
}
