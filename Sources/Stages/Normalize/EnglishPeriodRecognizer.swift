/// Finds English spans counted from the reference: "the last 2 days", "next three hours",
/// "in 2 minutes", "15 minutes from now", "upcoming two weeks", "3 Fridays from now",
/// "Wednesday of next week", "Friday after next", and the parts of weeks and years ("end of
/// next week", "the beginning of the year", "EOY"). Quarters are the `QuarterRecognizer`'s.
///
/// Below a day the values are instants ("in 2 minutes" is the reference plus 120 seconds);
/// from a day up they are dates, as the other relative dates.
struct EnglishPeriodRecognizer: Sendable {
    let numbers: NumberRecognizer
    let quantities: TimeQuantityParser

    init(numbers: NumberRecognizer) {
        self.numbers = numbers
        quantities = TimeQuantityParser(numbers: numbers)
    }

    private static let lastWords: Set<String> = ["last", "past", "previous"]
    private static let nextWords: Set<String> = ["next", "coming", "following"]
    /// Words before "in two years" that make it a span looked back over, not a date ahead:
    /// "for the first time in two years", "the highest in a decade".
    private static let notAhead: Set<String> = [
        "time", "times", "once", "twice", "first", "highest", "lowest", "best", "worst", "biggest", "largest",
        "most", "least", "last", "only", "ever",
    ]

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count where text[i].kind == .latin || text[i].kind == .digits {
            if let m = counted(at: i, in: text) ?? ahead(at: i, in: text) ?? weekdays(at: i, in: text)
                ?? weekdayOfWeek(at: i, in: text) ?? partOfPeriod(at: i, in: text) ?? weekend(at: i, in: text)
                ?? dayAlone(at: i, in: text) ?? season(at: i, in: text) ?? wholeWeek(at: i, in: text)
            {
                out.append(m)
            }
        }
        return out
    }

    // MARK: counted spans

    /// "last 2 days", "the past three weeks", "next 3 hours": ranges; "upcoming two weeks",
    /// "2 upcoming months": the period that many units ahead, as Duckling reads them.
    private func counted(at i: Int, in text: TokenizedText) -> Mention? {
        guard let word = text.latin(i) ?? text.digits(i) else { return nil }
        if word == "upcoming", let (n, unit, next) = countedUnit(at: i + 1, in: text) {
            return upcoming(n, unit, text[i].start, text[next - 1].end)
        }
        if let n = numbers.match(at: i, in: text), text.latin(n.next) == "upcoming",
            let unit = PeriodUnit.match(at: n.next + 1, in: text)
        {
            return upcoming(n.value, unit.0, n.start, text[unit.1 - 1].end)
        }
        let sign: Int
        if Self.lastWords.contains(word) {
            sign = -1
        } else if Self.nextWords.contains(word) {
            sign = 1
        } else {
            return nil
        }
        guard let (n, unit, next) = countedUnit(at: i + 1, in: text), n == n.rounded(), n >= 1, n < 1000 else {
            return nil
        }
        let count = Int(n)
        let value: Mention.Value
        switch unit {
        case .time(let u) where u.dateUnit == nil:
            let s = Int(u.seconds)
            value = sign < 0
                ? .range(.instant(seconds: -count * s, grain: u.grain), .instant(seconds: 0, grain: u.grain))
                : .range(.instant(seconds: s, grain: u.grain), .instant(seconds: count * s, grain: u.grain))
        case .time(.day):
            value = sign < 0
                ? .range(.relative(.shift(-count, .day)), .relative(.shift(-1, .day)))
                : .range(.relative(.shift(1, .day)), .relative(.shift(count, .day)))
        default:
            guard let u = unit.dateUnit else { return nil }
            value = sign < 0
                ? .range(.relative(.period(-count, u)), .relative(.period(-1, u)))
                : .range(.relative(.period(1, u)), .relative(.period(count, u)))
        }
        return Mention(kind: .range, start: text[i].start, end: text[next - 1].end, value: value)
    }

    private func upcoming(_ n: Double, _ unit: PeriodUnit, _ start: Int, _ end: Int) -> Mention? {
        guard n == n.rounded(), n >= 1, n < 1000, let u = unit.dateUnit else { return nil }
        let date: RelativeDate = u == .day ? .shift(Int(n), .day) : .period(Int(n), u)
        return .relative(date, start, end)
    }

    /// A count and a unit: "2 days", "three quarters", "a few hours".
    private func countedUnit(at i: Int, in text: TokenizedText) -> (Double, PeriodUnit, Int)? {
        if text.latin(i) == "few", let (unit, next) = PeriodUnit.match(at: i + 1, in: text) { return (3, unit, next) }
        guard let n = numbers.match(at: i, in: text), n.value > 0, let (unit, next) = PeriodUnit.match(at: n.next, in: text)
        else { return nil }
        return (n.value, unit, next)
    }

    // MARK: ahead and back

    /// "in 2 minutes", "in three days", "2 hours from now", "a week hence", "15 minutes ago".
    private func ahead(at i: Int, in text: TokenizedText) -> Mention? {
        if text.latin(i) == "in" {
            var k = i + 1
            if let w = text.latin(k), Self.about.contains(w) { k += 1 }
            if let (seconds, next) = shortUnit(at: k, in: text) {
                return Mention(kind: .time, start: text[i].start, end: text[next - 1].end, value: .instant(seconds: seconds, grain: .second))
            }
            if let (hours, next) = hourFraction(at: k, in: text) {
                let seconds = Int(hours * 3600)
                return Mention(kind: .time, start: text[i].start, end: text[next - 1].end, value: .instant(seconds: seconds, grain: .second))
            }
        }
        // "in few hours": three, as Duckling reads "few".
        if text.latin(i) == "in", text.latin(i + 1) == "few", let (unit, next) = PeriodUnit.match(at: i + 2, in: text),
            case .time(let u) = unit
        {
            let q = TimeQuantityParser.Quantity(
                count: 3, unit: u, explicitCount: true, start: text[i + 1].start, end: text[i + 2].end, next: next)
            return shifted(q, sign: 1, text[i].start, q.end)
        }
        if text.latin(i) == "in", let q = quantities.match(at: i + 1, in: text) {
            let before = text.latin(i - 1)
            guard before.map({ !Self.notAhead.contains($0) }) ?? true, text.latin(q.next) != "of",
                text.latin(q.next) != "ago", text.latin(q.next) != "from"
            else { return nil }
            return shifted(q, sign: 1, text[i].start, q.end)
        }
        guard let q = quantities.match(at: i, in: text) else { return nil }
        if text.latin(q.next) == "hence" { return shifted(q, sign: 1, q.start, text[q.next].end) }
        // Dates "ago" and "from now" are the RelativeDateRecognizer's; instants are here.
        guard q.unit.dateUnit == nil else { return nil }
        if text.latin(q.next) == "ago" { return shifted(q, sign: -1, q.start, text[q.next].end) }
        if text.latin(q.next) == "from", text.latin(q.next + 1) == "now" {
            return shifted(q, sign: 1, q.start, text[q.next + 1].end)
        }
        return nil
    }

    private static let about: Set<String> = ["about", "around", "approximately", "roughly"]

    /// "1h", "15'", "30\"": a count with a unit sign attached.
    private func shortUnit(at i: Int, in text: TokenizedText) -> (Int, Int)? {
        guard let d = text.digits(i), d.count <= 3, let n = Int(d), n > 0, text.adjacent(i), i + 1 < text.count else {
            return nil
        }
        let unit: Int
        switch text[i + 1].key {
        case "h": unit = 3600
        case "'", "\u{2032}": unit = 60
        case "\"", "\u{2033}": unit = 1
        default: return nil
        }
        if text.adjacent(i + 1), i + 2 < text.count, text[i + 2].kind != .symbol { return nil }
        return (n * unit, i + 2)
    }

    /// "half an hour", "a quarter of an hour", "three-quarters of an hour", "1/2 h", "3/4 hour".
    private func hourFraction(at i: Int, in text: TokenizedText) -> (Double, Int)? {
        var k = i
        var hours: Double
        if text.latin(k) == "half" {
            hours = 0.5
            k += 1
        } else if text.latin(k) == "a", text.latin(k + 1) == "quarter", text.latin(k + 2) == "of" {
            hours = 0.25
            k += 3
        } else if text.latin(k) == "three", text.latin(k + (text.isSymbol(k + 1, "-") ? 2 : 1)) == "quarters" {
            k += text.isSymbol(k + 1, "-") ? 3 : 2
            guard text.latin(k) == "of" else { return nil }
            hours = 0.75
            k += 1
        } else if let a = text.digits(k), text.isSymbol(k + 1, "/"), let b = text.digits(k + 2), text.adjacent(k),
            text.adjacent(k + 1), let na = Double(a), let nb = Double(b), ["2", "4"].contains(b), na < nb
        {
            hours = na / nb
            k += 3
            guard let w = text.latin(k), w == "h" || w == "hour" || w == "hours" else { return nil }
            return (hours, k + 1)
        } else {
            return nil
        }
        if text.latin(k) == "an" || text.latin(k) == "a" { k += 1 }
        guard text.latin(k) == "hour" else { return nil }
        return (hours, k + 1)
    }

    private func shifted(_ q: TimeQuantityParser.Quantity, sign: Int, _ start: Int, _ end: Int) -> Mention? {
        guard q.count > 0, q.count < 100_000 else { return nil }
        guard let unit = q.unit.dateUnit else {
            let seconds = Int((q.count * q.unit.seconds).rounded())
            return Mention(kind: .time, start: start, end: end, value: .instant(seconds: sign * seconds, grain: .second))
        }
        guard q.count == q.count.rounded() else { return nil }
        return .relative(.shift(sign * Int(q.count), unit), start, end)
    }

    // MARK: weekdays

    /// "3 Fridays from now", "two Sundays from now", "2 Thursdays ago", "2 thursdays back".
    private func weekdays(at i: Int, in text: TokenizedText) -> Mention? {
        guard let n = numbers.match(at: i, in: text), n.value == n.value.rounded(), (1...52).contains(n.value),
            let plural = text.latin(n.next), plural.hasSuffix("s"), let w = WeekdayNames.english[String(plural.dropLast())]
        else { return nil }
        let k = n.next + 1
        if text.latin(k) == "from", text.latin(k + 1) == "now" {
            return .relative(.weekdays(w, count: Int(n.value)), n.start, text[k + 1].end)
        }
        if text.latin(k) == "ago" || text.latin(k) == "back" {
            return .relative(.weekdays(w, count: -Int(n.value)), n.start, text[k].end)
        }
        return nil
    }

    static let weekShifts: [String: Int] = [
        "this": 0, "current": 0, "next": 1, "coming": 1, "following": 1, "last": -1, "past": -1, "previous": -1,
    ]

    /// "Wednesday of next week", "Sunday from last week", "Tuesday of this week", "Wednesday
    /// next week", "last week's Sunday", "Friday after next", "March after next".
    private func weekdayOfWeek(at i: Int, in text: TokenizedText) -> Mention? {
        guard let word = text.latin(i) else { return nil }
        if let shift = Self.weekShifts[word], text.latin(i + 1) == "week", text.isSymbol(i + 2, "'")
            || text.isSymbol(i + 2, "\u{2019}"), text.latin(i + 3) == "s", let w = text.latin(i + 4).flatMap({ WeekdayNames.english[$0] })
        {
            return .relative(.weekdayOfWeek(w, week: shift), text[i].start, text[i + 4].end)
        }
        if let w = WeekdayNames.english[word] {
            if text.latin(i + 1) == "after", text.latin(i + 2) == "next" {
                return .relative(.weekday(w, .afterNext), text[i].start, text[i + 2].end)
            }
            var k = i + 1
            if text.latin(k) == "of" || text.latin(k) == "from" { k += 1 }
            if text.latin(k) == "the" { k += 1 }
            guard let m = text.latin(k), let shift = Self.weekShifts[m], text.latin(k + 1) == "week" else { return nil }
            return .relative(.weekdayOfWeek(w, week: shift), text[i].start, text[k + 1].end)
        }
        if let month = MonthNames.englishMonth(at: i, in: text), text.latin(month.next) == "after",
            text.latin(month.next + 1) == "next"
        {
            return .relative(.month(month.month, .afterNext), month.start, text[month.next + 1].end)
        }
        return nil
    }

    // MARK: parts of weeks and years

    /// "end of next week" (Friday to Sunday), "the beginning of this week" (Monday to
    /// Wednesday), "end of the year" (September to December), "beginning of 2017" (January to
    /// March), "EOY", "BOY", "EOM", "BOM". Months are the MonthPartRecognizer's.
    private func partOfPeriod(at i: Int, in text: TokenizedText) -> Mention? {
        guard let word = text.latin(i) else { return nil }
        if let m = abbreviation(word, at: i, in: text) { return m }
        let end: Bool
        switch word {
        case "end": end = true
        case "beginning", "start": end = false
        default: return nil
        }
        guard text.latin(i + 1) == "of" else { return nil }
        var k = i + 2
        if text.latin(k) == "the" { k += 1 }
        if text.latin(k) == "around" { k += 1 }
        var shift = 0
        if let w = text.latin(k), let s = Self.weekShifts[w] {
            shift = s
            k += 1
        }
        let start = text[i].start
        if text.latin(k) == "week" {
            let (a, b) = end ? (6, 1) : (2, 4)
            return Mention(
                kind: .range, start: start, end: text[k].end,
                value: .range(.relative(.weekdayOfWeek(a, week: shift)), .relative(.weekdayOfWeek(b, week: shift))))
        }
        if text.latin(k) == "year" { return yearPart(end: end, offset: shift, start, text[k].end) }
        if shift == 0, let d = text.digits(k), d.count == 4, let y = Int(d), (1000...2999).contains(y),
            let a = CalendarDay(year: y, month: end ? 9 : 1, day: 1), let b = CalendarDay(year: y, month: end ? 12 : 3, day: 1)
        {
            return Mention(
                kind: .range, start: start, end: text[k].end,
                value: .range(.resolved(.text(a.iso(.month)), .month), .resolved(.text(b.iso(.month)), .month)))
        }
        return nil
    }

    private func yearPart(end: Bool, offset: Int, _ start: Int, _ stop: Int) -> Mention {
        let (a, b) = end ? (9, 12) : (1, 3)
        return Mention(
            kind: .range, start: start, end: stop,
            value: .range(.relative(.monthOfYear(a, yearOffset: offset)), .relative(.monthOfYear(b, yearOffset: offset))))
    }

    /// "EOM", "BOM", "EOY", "BOY", written in capitals ("boy" is a word).
    private func abbreviation(_ word: String, at i: Int, in text: TokenizedText) -> Mention? {
        guard word.count == 3, ["eom", "bom", "eoy", "boy"].contains(word),
            text.scalars[text[i].start..<text[i].end].allSatisfy({ $0.properties.isUppercase })
        else { return nil }
        let (start, stop) = (text[i].start, text[i].end)
        switch word {
        case "eoy": return yearPart(end: true, offset: 0, start, stop)
        case "boy": return yearPart(end: false, offset: 0, start, stop)
        default:
            let (a, b): (DayPick, DayPick) = word == "eom" ? (.day(21), .day(0)) : (.day(1), .day(10))
            return Mention(
                kind: .range, start: start, end: stop,
                value: .range(.relative(.inMonth(.shifted(0), a)), .relative(.inMonth(.shifted(0), b))))
        }
    }
}

/// The unit of a counted span: a unit of time or a quarter.
enum PeriodUnit: Sendable, Equatable {
    case time(TimeUnit)
    case quarter

    static let quarterWords: Set<String> = ["quarter", "quarters", "qtr", "qtrs"]

    /// The unit word at i and the token after it.
    static func match(at i: Int, in text: TokenizedText) -> (PeriodUnit, Int)? {
        guard let w = text.latin(i) else { return nil }
        if quarterWords.contains(w) { return (.quarter, i + 1) }
        return TimeUnit.english[w].map { (.time($0), i + 1) }
    }

    /// The date unit it counts in, nil below a day.
    var dateUnit: RelativeDate.Unit? {
        switch self {
        case .quarter: return .quarter
        case .time(let u): return u.dateUnit
        }
    }
}
