extension RelativeDateRecognizer {
    private static let dayNoun = ArabicKey.set(["يوم"])
    private static let yesterday = ArabicKey.set(["أمس", "بارحة", "امبارح", "إمبارح"])
    private static let tomorrow = ArabicKey.set(["غد", "غدا", "بكرة", "بكرا"])
    private static let before = ArabicKey.set(["قبل"])
    private static let now = ArabicKey.set(["الآن", "حالا"])
    private static let moment = ArabicKey.set(["اللحظة"])
    private static let first = ArabicKey.set(["أول"])
    private static let firstAfter = ArabicKey.set(["الأول"])
    private static let of = ArabicKey.set(["من"])
    private static let after = ArabicKey.set(["بعد"])
    private static let ago: ArabicWordTable<Int> = ArabicKey.table([("قبل", -1), ("منذ", -1), ("بعد", 1)])
    private static let about = ArabicKey.set(["نحو", "حوالي", "قرابة", "زهاء"])
    private static let this = ArabicKey.set(["هذا", "هذه"])
    private static let periods: ArabicWordTable<RelativeDate.Unit> = ArabicKey.table([
        ("أسبوع", .week), ("شهر", .month), ("عام", .year), ("سنة", .year),
    ])
    /// After اليوم these make it "the day" rather than "today": اليوم التالي، اليوم نفسه.
    private static let notToday = ArabicKey.set([
        "التالي", "السابق", "نفسه", "ذاته", "الذي", "الواحد", "الأخير", "الأول", "الثاني", "الثالث", "الموعود",
        "العالمي", "الوطني",
    ])
    /// Before اليوم: ذلك اليوم "that day", ذات اليوم "the same day".
    private static let notTodayBefore = ArabicKey.set(["ذلك", "ذات"])
    /// Before a weekday: صلاة الجمعة is the Friday prayer, not a date.
    private static let notWeekdayBefore = ArabicKey.set(["صلاة", "خطبة", "صلوات"])

    func arabic(at i: Int, in text: TokenizedText) -> Mention? {
        present(at: i, in: text) ?? deictic(at: i, in: text) ?? weekdayOfWeek(at: i, in: text) ?? weekday(at: i, in: text) ?? ago(at: i, in: text) ?? period(at: i, in: text)
    }

    /// اليوم، أمس، الأمس، البارحة، أول أمس، أمس الأول، غداً، بعد غد, with an optional يوم before
    /// (يوم أمس) and an optional weekday after (اليوم الجمعة، أمس الخميس). When the weekday
    /// contradicts the day, the day wins.
    private func deictic(at i: Int, in text: TokenizedText) -> Mention? {
        var k = i
        var start: Int?
        if let r = text.arabic(i, in: WeekdayNames.dayWords, .indefinite),
            text.arabic(i + 1, in: Self.dayNoun, .definite) == nil
        {
            start = r.spanStart
            k += 1
        }
        guard let (offset, r, next) = deicticDay(at: k, in: text, afterDayWord: start != nil) else { return nil }
        var end = text[next - 1].end
        if let (_, _, afterWeekday) = WeekdayNames.arabicWeekday(at: next, in: text) {
            end = text[afterWeekday - 1].end
        }
        return .relative(.shift(offset, .day), start ?? r.spanStart, end)
    }

    /// الآن، حالاً، في هذه اللحظة: the reference instant.
    private func present(at i: Int, in text: TokenizedText) -> Mention? {
        if let r = text.arabic(i, in: Self.now, .conjoined) {
            return Mention(kind: .time, start: r.spanStart, end: text[i].end, value: .now)
        }
        guard let r = text.arabic(i, in: Self.this, .conjoined), text.arabicWord(i + 1, in: Self.moment) else { return nil }
        return Mention(kind: .time, start: r.spanStart, end: text[i + 1].end, value: .now)
    }

    /// The day offset of the word(s) at k and the token after them.
    private func deicticDay(at k: Int, in text: TokenizedText, afterDayWord: Bool) -> (Int, ArabicReading, Int)? {
        // اليوم الماضي، اليوم السابق: yesterday.
        if !afterDayWord, let r = text.arabic(k, in: Self.dayNoun, .definite), !r.hasPreposition,
            DateCueWords.arabicModifier(at: k + 1, in: text) == .last
        {
            return (-1, r, k + 2)
        }
        if !afterDayWord, let r = text.arabic(k, in: Self.dayNoun, .definite), !r.hasPreposition,
            text.arabic(k + 1, in: Self.notToday, .bare) == nil,
            text.arabic(k - 1, in: Self.notTodayBefore, .bare) == nil
        {
            return (0, r, k + 1)
        }
        // قبل أمس، القبل البارحة: the day before yesterday; بعد غد is below.
        if let r = text.arabic(k, in: Self.before, .any), !r.hasPreposition,
            text.arabic(k + 1, in: Self.yesterday, .any) != nil
        {
            return (-2, r, k + 2)
        }
        if let r = text.arabic(k, in: Self.yesterday, .any) {
            if text.arabic(k + 1, in: Self.firstAfter, .bare) != nil { return (-2, r, k + 2) }
            return (-1, r, k + 1)
        }
        if let r = text.arabic(k, in: Self.first, .conjoined) {
            var j = k + 1
            if text.arabic(j, in: Self.of, .bare) != nil { j += 1 }
            if text.arabic(j, in: Self.yesterday, .bare) != nil { return (-2, r, j + 1) }
            return nil
        }
        if let r = text.arabic(k, in: Self.after, .conjoined), text.arabic(k + 1, in: Self.tomorrow, .any) != nil {
            return (2, r, k + 2)
        }
        if let r = text.arabic(k, in: Self.tomorrow, .any) { return (1, r, k + 1) }
        return nil
    }

    /// الأحد من الأسبوع الماضي، أحد الأسبوع الماضي، الاثنين من هذا الأسبوع: a weekday of a week.
    private func weekdayOfWeek(at i: Int, in text: TokenizedText) -> Mention? {
        guard let (w, r) = text.arabic(i, in: WeekdayNames.arabic, .any), !r.hasPreposition else { return nil }
        var k = i + 1
        if text.arabic(k, in: Self.of, .bare) != nil { k += 1 }
        if text.arabic(k, in: Self.this, .bare) != nil, let (unit, _) = text.arabic(k + 1, in: Self.periods, .definite),
            unit == .week
        {
            return .relative(.weekdayOfWeek(w, week: 0), r.spanStart, text[k + 1].end)
        }
        guard let (unit, _) = text.arabic(k, in: Self.periods, .definite), unit == .week else { return nil }
        if let d = DateCueWords.arabicModifier(at: k + 1, in: text) {
            return .relative(.weekdayOfWeek(w, week: d == .last ? -1 : 1), r.spanStart, text[k + 1].end)
        }
        guard DateCueWords.isArabicCurrent(at: k + 1, in: text) else { return nil }
        return .relative(.weekdayOfWeek(w, week: 0), r.spanStart, text[k + 1].end)
    }

    /// الخميس، يوم الخميس، الخميس الماضي، الخميس المقبل.
    private func weekday(at i: Int, in text: TokenizedText) -> Mention? {
        guard let (w, start, next) = WeekdayNames.arabicWeekday(at: i, in: text),
            text.arabic(i - 1, in: Self.notWeekdayBefore, .indefinite) == nil
        else { return nil }
        if let direction = DateCueWords.arabicModifier(at: next, in: text) {
            return .relative(.weekday(w, direction), start, text[next].end)
        }
        return .relative(.weekday(w, .preferred), start, text[next - 1].end)
    }

    /// قبل يومين، قبل ثلاثة أيام، منذ أسبوع، قبل نحو شهر، بعد عامين. Not "قبل يومين من …" or
    /// "بعد يومين على …" (relative to another event) and not "قبل عام 2019" (a year).
    private func ago(at i: Int, in text: TokenizedText) -> Mention? {
        guard let (sign, r) = text.arabic(i, in: Self.ago, .conjoined) else { return nil }
        var k = i + 1
        if text.arabic(k, in: Self.about, .bare) != nil { k += 1 }
        guard let q = quantities.match(at: k, in: text), let date = shift(q, sign: sign),
            text.arabic(q.next, in: Self.of, .bare) == nil, text.digits(q.next) == nil
        else { return nil }
        return .relative(date, r.spanStart, q.end)
    }

    /// الأسبوع الماضي، الشهر المقبل، العام الحالي، هذا العام، السنة الماضية.
    private func period(at i: Int, in text: TokenizedText) -> Mention? {
        if let r = text.arabic(i, in: Self.this, .conjoined),
            let (unit, _) = text.arabic(i + 1, in: Self.periods, .definite)
        {
            return .relative(.period(0, unit), r.spanStart, text[i + 1].end)
        }
        guard let (unit, r) = text.arabic(i, in: Self.periods, .definite) else { return nil }
        if let direction = DateCueWords.arabicModifier(at: i + 1, in: text) {
            return .relative(.period(direction == .last ? -1 : 1, unit), r.spanStart, text[i + 1].end)
        }
        if DateCueWords.isArabicCurrent(at: i + 1, in: text) {
            return .relative(.period(0, unit), r.spanStart, text[i + 1].end)
        }
        return nil
    }
}
