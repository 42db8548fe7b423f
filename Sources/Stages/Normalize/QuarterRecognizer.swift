/// Finds quarters of a year: "this quarter", "next qtr", "the third quarter", "3rd qtr",
/// "4th quarter 2018", "the 4th qtr of 2018", "2018Q4", "18q4", "Q4 2018". Value: the first
/// month of the quarter at quarter grain ("2018-10").
struct QuarterRecognizer: Sendable {
    let ordinals = OrdinalRecognizer()

    private static let shifts: [String: Int] = [
        "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "previous": -1, "past": -1,
    ]

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count where text[i].kind == .latin || text[i].kind == .digits {
            if let m = named(at: i, in: text) ?? compact(at: i, in: text) { out.append(m) }
        }
        return out
    }

    /// "next quarter", "the third quarter", "4th qtr of 2018".
    private func named(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        if text.latin(k) == "the" { k += 1 }
        if let w = text.latin(k), let shift = Self.shifts[w], isQuarter(k + 1, text) {
            return .relative(.period(shift, .quarter), text[i].start, text[k + 1].end)
        }
        guard let o = ordinals.englishOrdinal(at: k, in: text) ?? ordinals.digitOrdinal(at: k, in: text),
            (1...4).contains(o.value), isQuarter(o.next, text)
        else { return nil }
        var end = o.next + 1
        var year = end
        if text.latin(year) == "of" { year += 1 }
        if let d = text.digits(year), d.count == 4, let y = Int(d), (1000...2999).contains(y) {
            end = year + 1
            return quarter(o.value, of: y, text[i].start, text[end - 1].end)
        }
        return .relative(.quarterOfYear(o.value, yearOffset: 0), text[i].start, text[end - 1].end)
    }

    /// "2018Q4", "18q4", "Q4 2018".
    private func compact(at i: Int, in text: TokenizedText) -> Mention? {
        if let d = text.digits(i), d.count == 4 || d.count == 2, let y = Int(d), text.adjacent(i), text.latin(i + 1) == "q",
            text.adjacent(i + 1), let q = quarterDigit(i + 2, text), !text.adjacent(i + 2) || text[i + 3].kind == .symbol,
            !(text.adjacent(i - 1) && text[i - 1].kind != .symbol)
        {
            return quarter(q, of: d.count == 2 ? 2000 + y : y, text[i].start, text[i + 2].end)
        }
        if text.latin(i) == "q", text.adjacent(i), let q = quarterDigit(i + 1, text), !text.adjacent(i - 1),
            let d = text.digits(i + 2), d.count == 4, let y = Int(d), !text.adjacent(i + 1)
        {
            return quarter(q, of: y, text[i].start, text[i + 2].end)
        }
        return nil
    }

    private func quarter(_ q: Int, of year: Int, _ start: Int, _ end: Int) -> Mention? {
        guard (1000...2999).contains(year), let day = CalendarDay(year: year, month: 3 * q - 2, day: 1) else { return nil }
        return .date(day, grain: .quarter, start, end)
    }

    private func quarterDigit(_ i: Int, _ text: TokenizedText) -> Int? {
        guard let d = text.digits(i), d.count == 1, let q = Int(d), (1...4).contains(q) else { return nil }
        return q
    }

    private func isQuarter(_ i: Int, _ text: TokenizedText) -> Bool {
        guard let w = text.latin(i) else { return false }
        return w == "quarter" || w == "qtr"
    }
}
