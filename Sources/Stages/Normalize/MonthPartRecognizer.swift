/// Finds days and parts picked inside a month: "الخامس من الشهر الجاري"، "آخر اثنين من شهر آذار"،
/// "الثلاثاء الثالث من شهر أيلول 2014"، "اليوم الأخير من شهر عشرة سنة 2015"، "أول أسبوع بشهر
/// أكتوبر"، "منتصف آذار"، "أوائل شهر مارس" (days 1–10)، "أواخر آذار" (21 to the end).
///
/// The month is a name, "شهر" with a number (شهر 3، شهر ثلاثة، الشهر الثامن) or a period
/// (هذا الشهر، الشهر القادم), with an optional year (عام 2014، السنة القادمة).
struct MonthPartRecognizer: Sendable {
    let numbers: NumberRecognizer
    let ordinals = OrdinalRecognizer()

    private enum Pick {
        case one(DayPick)
        case span(DayPick, DayPick)
    }

    private static let middle = ArabicKey.set(["منتصف", "نصف", "نص", "أواسط"])
    private static let early = ArabicKey.set(["أوائل", "بداية", "مطلع", "بدايات"])
    private static let late = ArabicKey.set(["أواخر", "نهاية", "نهايات"])
    private static let last = ArabicKey.set(["آخر", "أخير", "أخيرة"])
    private static let first = ArabicKey.set(["أول", "أولى"])
    private static let second = ArabicKey.set(["ثان"])
    private static let dayWord = ArabicKey.set(["يوم"])
    private static let weekWord = ArabicKey.set(["أسبوع"])
    private static let monthWord = ArabicKey.set(["شهر"])
    private static let links = ArabicKey.set(["من", "في"])
    private static let this = ArabicKey.set(["هذا"])
    private static let yearWords = ArabicKey.set(["عام", "سنة"])
    private static let weekdays: ArabicWordTable<Int> = ArabicKey.table([
        ("أحد", 1), ("اثنين", 2), ("ثلاثاء", 3), ("ثلاثا", 3), ("أربعاء", 4), ("أربعا", 4), ("خميس", 5),
        ("جمعة", 6), ("سبت", 7),
    ])

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count {
            let m: Mention?
            switch text[i].kind {
            case .arabic: m = match(at: i, in: text)
            case .digits: m = match(at: i, in: text) ?? english(at: i, in: text)
            case .latin: m = english(at: i, in: text)
            default: m = nil
            }
            if let m { out.append(m) }
        }
        return out
    }

    private func match(at i: Int, in text: TokenizedText) -> Mention? {
        guard let (pick, start, k, needsLink) = pickPhrase(at: i, in: text),
            let (spec, end) = monthSpec(at: k, link: needsLink, in: text)
        else { return nil }
        switch pick {
        case .one(let p): return Mention(kind: .date, start: start, end: end, value: value(spec, p))
        case .span(let a, let b):
            return Mention(kind: .range, start: start, end: end, value: .range(value(spec, a), value(spec, b)))
        }
    }

    private func value(_ spec: MonthSpec, _ pick: DayPick) -> Mention.Value {
        guard case .fixed(let y, let m) = spec else { return .relative(.inMonth(spec, pick)) }
        guard let day = pick.day(year: y, month: m) else { return .unresolved }
        return .resolved(.text(day.iso(.day)), pick.grain)
    }

    /// What is picked, where the phrase starts, the token after it, and whether من/في must follow.
    private func pickPhrase(at i: Int, in text: TokenizedText) -> (Pick, Int, Int, Bool)? {
        let start = text[i].readings.first(where: { !$0.hasArticle })?.spanStart ?? text[i].start
        if text.arabic(i, in: Self.middle, .indefinite) != nil { return (.one(.day(15)), start, i + 1, false) }
        if text.arabic(i, in: Self.early, .indefinite) != nil { return (.span(.day(1), .day(10)), start, i + 1, false) }
        if text.arabic(i, in: Self.late, .indefinite) != nil { return (.span(.day(21), .day(0)), start, i + 1, false) }
        // أول شباط، آخر آذار.
        if let (n, next) = rank(at: i, definite: false, in: text), n == 1 || n == -1,
            MonthNames.arabicMonth(at: next, in: text) != nil
        {
            return (.one(.day(n == 1 ? 1 : 0)), start, next, false)
        }
        // ثالث ثلاثاء، آخر اثنين، ثالث يوم ثلاثاء، أول أسبوع، آخر يوم.
        if let (n, next) = rank(at: i, definite: false, in: text) {
            var k = next
            if text.arabic(k, in: Self.dayWord, .bare) != nil {
                if let (w, _) = text.arabic(k + 1, in: Self.weekdays, .bare) { return (.one(.weekday(w, nth: n)), start, k + 2, true) }
                return (.one(.day(n == -1 ? 0 : n)), start, k + 1, true)
            }
            if text.arabic(k, in: Self.weekWord, .bare) != nil { return (.one(.week(nth: n)), start, k + 1, true) }
            if let (w, _) = text.arabic(k, in: Self.weekdays, .bare) {
                k += 1
                return (.one(.weekday(w, nth: n)), start, k, true)
            }
            return nil
        }
        // الثلاثاء الثالث، اليوم الأخير، الأسبوع الأول.
        if let (w, r) = text.arabic(i, in: Self.weekdays, .definite), let (n, next) = rank(at: i + 1, definite: true, in: text) {
            let pick: DayPick = n > 5 ? .day(n) : .weekday(w, nth: n)
            return (.one(pick), r.spanStart, next, true)
        }
        if let r = text.arabic(i, in: Self.dayWord, .definite), let (n, next) = rank(at: i + 1, definite: true, in: text) {
            return (.one(.day(n == -1 ? 0 : n)), r.spanStart, next, true)
        }
        if let r = text.arabic(i, in: Self.weekWord, .definite), let (n, next) = rank(at: i + 1, definite: true, in: text) {
            return (.one(.week(nth: n)), r.spanStart, next, true)
        }
        // 5 من الشهر الجاري.
        if let d = text.digits(i), d.count <= 2, let n = Int(d), (1...31).contains(n),
            text.arabic(i + 1, in: Self.links, .bare) != nil
        {
            return (.one(.day(n)), start, i + 1, true)
        }
        // الخامس من الشهر الجاري، 5 من هذا الشهر.
        if let (n, next) = rank(at: i, definite: true, in: text), n > 0, text.arabic(next, in: Self.links, .bare) != nil {
            return (.one(.day(n)), start, next, true)
        }
        return nil
    }

    /// An ordinal rank at i: الثالث، ثالث، آخر، الأخير، أول; -1 for the last.
    private func rank(at i: Int, definite: Bool, in text: TokenizedText) -> (Int, Int)? {
        guard i < text.count, text[i].kind == .arabic else { return nil }
        let rule: ReadingRule = definite ? .definite : .indefinite
        if text.arabic(i, in: Self.last, rule) != nil { return (-1, i + 1) }
        if !definite, text.arabic(i, in: Self.first, rule) != nil { return (1, i + 1) }
        if !definite, text.arabic(i, in: Self.second, rule) != nil { return (2, i + 1) }
        guard let o = ordinals.arabicOrdinal(at: i, in: text), (1...31).contains(o.value) else { return nil }
        let hasArticle = text[i].readings.contains { $0.hasArticle && $0.stem != nil && $0.spanStart == o.start }
        guard hasArticle == definite || (definite && text[i].readings.contains(where: \.hasArticle)) else { return nil }
        return (o.value, o.next)
    }

    /// The month after a pick, with its year: the spec and where it ends.
    private func monthSpec(at i: Int, link: Bool, in text: TokenizedText) -> (MonthSpec, Int)? {
        var k = i
        var linked = false
        if text.arabic(k, in: Self.links, .bare) != nil {
            k += 1
            linked = true
        }
        // هذا الشهر، الشهر القادم، الشهر الجاري.
        if text.arabic(k, in: Self.this, .bare) != nil, text.arabic(k + 1, in: Self.monthWord, .definite) != nil {
            return (.shifted(0), text[k + 1].end)
        }
        if let r = text.arabic(k, in: Self.monthWord, .definite), !(link && !linked && !r.hasPreposition) {
            if let d = DateCueWords.arabicModifier(at: k + 1, in: text) {
                return (.shifted(d == .last ? -1 : 1), text[k + 1].end)
            }
            if DateCueWords.isArabicCurrent(at: k + 1, in: text) { return (.shifted(0), text[k + 1].end) }
            // الشهر الثامن.
            if let o = ordinals.arabicOrdinal(at: k + 1, in: text), (1...12).contains(o.value) {
                return withYear(o.value, after: o.next, end: text[o.next - 1].end, in: text)
            }
            return nil
        }
        var hasMonthWord = false
        if let r = text.arabic(k, in: Self.monthWord, .indefinite) {
            guard !link || linked || r.hasPreposition else { return nil }
            hasMonthWord = true
            linked = true
            k += 1
        }
        if let m = MonthNames.arabicMonth(at: k, in: text) {
            guard !link || linked || text[k].readings.first(where: { $0.stem != nil && $0.spanStart == m.start })?.hasPreposition == true
                || m.start > text[k].start
            else { return nil }
            return withYear(m.month, after: m.next, end: m.end, in: text)
        }
        guard hasMonthWord else { return nil }
        // شهر 3، شهر ثلاثة.
        if let n = numbers.match(at: k, in: text), n.value == n.value.rounded(), (1...12).contains(n.value) {
            return withYear(Int(n.value), after: n.next, end: n.end, in: text)
        }
        return nil
    }

    /// A month with the year after it, if any: "من عام 2014"، "لعام 2014"، "سنة 2015"، "2014"، "السنة القادمة".
    private func withYear(_ month: Int, after i: Int, end: Int, in text: TokenizedText) -> (MonthSpec, Int)? {
        var k = i
        if text.arabic(k, in: Self.links, .bare) != nil { k += 1 }
        var yearWord = false
        if let r = text.arabic(k, in: Self.yearWords, .any) {
            if r.hasArticle, let d = DateCueWords.arabicModifier(at: k + 1, in: text) {
                return (.namedInYear(month: month, yearOffset: d == .last ? -1 : 1), text[k + 1].end)
            }
            yearWord = true
            k += 1
        }
        if let d = text.digits(k), d.count == 4, let y = Int(d), (1000...2999).contains(y) {
            return (.fixed(year: y, month: month), text[k].end)
        }
        _ = yearWord
        return (.named(month), end)
    }
}
