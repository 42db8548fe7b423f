extension MonthPartRecognizer {
    private static let monthParts: [String: (DayPick, DayPick?)] = [
        "early": (.day(1), .day(10)), "mid": (.day(15), nil), "late": (.day(21), .day(0)),
        "beginning": (.day(1), .day(10)), "end": (.day(21), .day(0)),
    ]
    private static let monthShifts: [String: Int] = [
        "next": 1, "following": 1, "coming": 1, "this": 0, "current": 0, "last": -1, "previous": -1, "past": -1,
    ]

    /// "last Monday of March", "the first Tuesday in October 2014", "third day of October",
    /// "first week of October 2014", "the 20th of next month", "mid March", "early March",
    /// "end of April".
    func english(at i: Int, in text: TokenizedText) -> Mention? {
        guard let first = text.latin(i) ?? text.digits(i) else { return nil }
        // early/mid/late March, beginning/end of March.
        if let (a, b) = Self.monthParts[first] {
            var k = i + 1
            if text.isSymbol(k, "-") { k += 1 }
            if first == "beginning" || first == "end" {
                guard text.latin(k) == "of" else { return nil }
                k += 1
            }
            guard let (spec, end) = englishMonth(at: k, in: text) else { return nil }
            let start = text[i].start
            guard let b else { return Mention(kind: .date, start: start, end: end, value: englishValue(spec, a)) }
            return Mention(kind: .range, start: start, end: end, value: .range(englishValue(spec, a), englishValue(spec, b)))
        }
        var k = i
        if first == "the" { k += 1 }
        let n: Int
        if text.latin(k) == "last" {
            n = -1
            k += 1
        } else if let o = ordinals.englishOrdinal(at: k, in: text) ?? ordinals.digitOrdinal(at: k, in: text) {
            // "the third last week", "fifth last day": counted from the end.
            if text.latin(o.next) == "last", o.value <= 31 {
                n = -o.value
                k = o.next + 1
            } else {
                n = o.value
                k = o.next
            }
        } else if let d = text.digits(k), d.count <= 2, let v = Int(d), text.latin(k + 1) == "of" {
            n = v
            k += 1
        } else {
            return nil
        }
        let pick: DayPick
        if let w = text.latin(k).flatMap({ WeekdayNames.english[$0] }), n <= 5, n >= -1 {
            pick = .weekday(w, nth: n)
            k += 1
        } else if text.latin(k) == "day" {
            pick = .day(n < 0 ? n + 1 : n)
            k += 1
        } else if text.latin(k) == "week", n <= 5 {
            pick = .week(nth: n)
            k += 1
        } else if text.latin(k) == "of", n > 0 {
            pick = .day(n)
        } else {
            return nil
        }
        guard let link = text.latin(k), link == "of" || link == "in" else { return nil }
        // "the third last week of 2018": weeks counted from the year's end lie in December.
        if case .week(let nth) = pick, let d = text.digits(k + 1), d.count == 4, let y = Int(d), (1000...2999).contains(y) {
            return Mention(
                kind: .date, start: text[i].start, end: text[k + 1].end,
                value: englishValue(.fixed(year: y, month: nth < 0 ? 12 : 1), pick))
        }
        guard let (spec, end) = englishMonth(at: k + 1, in: text) else { return nil }
        return Mention(kind: .date, start: text[i].start, end: end, value: englishValue(spec, pick))
    }

    private func englishValue(_ spec: MonthSpec, _ pick: DayPick) -> Mention.Value {
        guard case .fixed(let y, let m) = spec else { return .relative(.inMonth(spec, pick)) }
        guard let day = pick.day(year: y, month: m) else { return .unresolved }
        return .resolved(.text(day.iso(.day)), pick.grain)
    }

    /// "March", "October 2014", "next month", "the current month", "the month".
    private func englishMonth(at i: Int, in text: TokenizedText) -> (MonthSpec, Int)? {
        var k = i
        if text.latin(k) == "the" { k += 1 }
        if let m = MonthNames.englishMonth(at: k, in: text) {
            var j = m.next
            if text.isSymbol(j, ",") { j += 1 }
            if let d = text.digits(j), d.count == 4, let y = Int(d), (1000...2999).contains(y) {
                return (.fixed(year: y, month: m.month), text[j].end)
            }
            guard !m.ambiguous || k > i || text.scalars[text[k].start].properties.isUppercase else { return nil }
            return (.named(m.month), m.end)
        }
        if text.latin(k) == "month" { return (.shifted(0), text[k].end) }
        guard let w = text.latin(k), let shift = Self.monthShifts[w], text.latin(k + 1) == "month" else { return nil }
        return (.shifted(shift), text[k + 1].end)
    }
}
