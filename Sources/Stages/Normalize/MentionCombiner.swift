/// Joins mentions that the overlap resolver kept side by side into the larger expressions they
/// make: a day and a time ("الخميس الساعة 8", "tomorrow at 5pm", "at 9am on Saturday") and a
/// range ("من 13 إلى 15 تموز", "بين الساعة 3 و4 عصراً", "from 9:30 to 11:00", "حتى الساعة 2").
///
/// A range's first end borrows what only the second says: the month of "13 إلى 15 تموز", the
/// part of day of "من الساعة 3 إلى الساعة 4 عصراً"; the second borrows the first's day.
struct MentionCombiner: Sendable {
    private static let arabicDayTimeJoints = ArabicKey.set(["في", "عند", "من", "على"])
    private static let englishDayTimeJoints: Set<String> = ["at", "on", "from", "by"]
    private static let arabicRangeStarts = ArabicKey.set(["من", "بين", "منذ"])
    private static let englishRangeStarts: Set<String> = ["from", "between"]
    private static let arabicRangeJoints = ArabicKey.set(["إلى", "الى", "حتى", "وحتى", "لغاية", "وإلى", "والى"])
    private static let englishRangeJoints: Set<String> = ["to", "till", "until", "through", "thru", "and"]
    private static let dashes: Set<String> = ["-", "\u{2013}", "\u{2014}"]
    private static let arabicUntil = ArabicKey.set(["حتى", "لغاية"])
    private static let englishUntil: Set<String> = ["until", "till", "by"]
    private let hijriCalendar = HijriCalendar()

    func combine(_ mentions: [Mention], in text: TokenizedText) -> [Mention] {
        let joined = joinDaysAndTimes(mentions, in: text)
        return joinRanges(joined, in: text)
    }

    // MARK: day and time

    /// Joins each mention to the one before when they make one day and time; a joined pair may
    /// take a third ("tomorrow afternoon" + "at 5").
    private func joinDaysAndTimes(_ mentions: [Mention], in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for m in mentions {
            if let last = out.last,
                let joined = dayAndTime(last, m, in: text) ?? partAndTime(last, m, in: text) ?? anchored(last, m, in: text)
            {
                out[out.count - 1] = joined
            } else {
                out.append(m)
            }
        }
        return out
    }

    /// "this morning at 10", "tonight at 11", "tomorrow afternoon at 5", "in the evening at
    /// eight": the time takes the part of the day and its day.
    private func partAndTime(_ a: Mention, _ b: Mention, in text: TokenizedText) -> Mention? {
        guard case .clock(let ta, let da) = a.value, case .clock(let tb, let db) = b.value, ta.partOnly != tb.partOnly
        else { return nil }
        let gap = text.tokens(from: a.end, to: b.start)
        guard gap.count <= 1, (gap.isEmpty || isComma(gap[gap.startIndex]) || text.isAt(gap.startIndex)) else { return nil }
        let (part, partDay, time, timeDay) = ta.partOnly ? (ta, da, tb, db) : (tb, db, ta, da)
        guard timeDay == .reference || partDay == .reference, time.zoneMinutes == nil || time.dayPart != nil else {
            return nil
        }
        var t = time
        if t.dayPart == nil, !t.twentyFourHour, t.hour <= 12 { t.dayPart = part.dayPart }
        return Mention(kind: .time, start: a.start, end: b.end, value: .clock(t, partDay == .reference ? timeDay : partDay))
    }

    private func dayAndTime(_ a: Mention, _ b: Mention, in text: TokenizedText) -> Mention? {
        let gap = text.tokens(from: a.end, to: b.start)
        guard gap.count <= 2,
            gap.allSatisfy({ isComma($0) || isWord($0, Self.arabicDayTimeJoints, Self.englishDayTimeJoints) })
                || isPartOf(a, gap)
        else { return nil }
        if case .clock(let t, .reference) = b.value, let day = daySpec(a.value) {
            return Mention(kind: .time, start: a.start, end: b.end, value: .clock(t, day), hijri: a.hijri)
        }
        if case .clock(let t, .reference) = a.value, let day = daySpec(b.value) {
            return Mention(kind: .time, start: a.start, end: b.end, value: .clock(t, day), hijri: b.hijri)
        }
        return nil
    }

    /// "Thanksgiving in 3 years", "March in a year", "Thanksgiving 1 year ago": a feast or a
    /// month with no year, then a shift that says from when to count.
    private func anchored(_ a: Mention, _ b: Mention, in text: TokenizedText) -> Mention? {
        guard case .relative(let date) = a.value, case .relative(let shift) = b.value, text.tokens(from: a.end, to: b.start).isEmpty
        else { return nil }
        switch (date, shift) {
        case (.holiday, .shift), (.month(_, .preferred), .shift(_, .year)), (.month(_, .preferred), .shift(_, .month)):
            return Mention(kind: .date, start: a.start, end: b.end, value: .relative(.atOrAfter(date, anchor: shift)))
        default: return nil
        }
    }

    /// "morning of Christmas", "the evening of the 15th": a part of the day, "of", a day.
    private func isPartOf(_ a: Mention, _ gap: ArraySlice<TextToken>) -> Bool {
        guard case .clock(let t, .reference) = a.value, t.partOnly, let of = gap.first, gap.count == 1 else { return false }
        return of.kind == .latin && of.key == "of"
    }

    /// The day a date mention names, when it names one day.
    private func daySpec(_ value: Mention.Value) -> Mention.DaySpec? {
        switch value {
        case .resolved(.text(let iso), .day?): return CalendarDay(iso: iso).map { .fixed($0) }
        case .relative(let r):
            switch r {
            case .weekday, .dayOfMonth, .shift(_, .day), .weekdayOfWeek, .weekdays, .dayOfNearMonth, .holiday,
                .directedHoliday, .holidayInYear:
                return .relative(r)
            case .inMonth(_, let pick) where pick.grain == .day: return .relative(r)
            default: return nil
            }
        default: return nil
        }
    }

    // MARK: ranges

    private func joinRanges(_ mentions: [Mention], in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < mentions.count {
            let a = mentions[i]
            if i + 1 < mentions.count, let m = range(a, mentions[i + 1], in: text) {
                out.append(m)
                i += 2
                continue
            }
            out.append(until(a, after: out.last, in: text) ?? by(a, after: out.last, in: text) ?? a)
            i += 1
        }
        return out
    }

    private func range(_ a: Mention, _ b: Mention, in text: TokenizedText) -> Mention? {
        let gap = text.tokens(from: a.end, to: b.start)
        let before = text.token(endingBy: a.start)
        let opened = before.map { isWord($0, Self.arabicRangeStarts, Self.englishRangeStarts) } ?? false
        guard gap.count == 1 || (gap.count == 2 && text.isWawToken(gap[gap.startIndex])) else { return nil }
        let joint = gap[gap.endIndex - 1]
        let isDash = joint.kind == .symbol && Self.dashes.contains(joint.key)
        let isWaw = gap.count == 1 && text.isWawToken(joint)
        guard isDash || (isWaw && opened) || isWord(joint, Self.arabicRangeJoints, Self.englishRangeJoints) else {
            return nil
        }
        if joint.kind == .latin, joint.key == "and", !opened { return nil }
        // "اليوم الي بعد بكرة" is "the day after tomorrow": a range that starts at today,
        // yesterday or tomorrow needs من or from.
        if !opened, case .relative(.shift) = a.value { return nil }
        guard var (from, to) = ends(a, b) else { return nil }
        if case .clock(var ta, let da) = from, case .clock(var tb, var db) = to {
            if ta.dayPart == nil, let p = tb.dayPart, ta.hour <= 12 {
                ta.dayPart = p
                ta.sameDay = tb.sameDay
            }
            if db == .reference { db = da }
            // "9:30 - 11:00 CST": both ends are in the zone written once.
            if ta.zoneMinutes == nil { ta.zoneMinutes = tb.zoneMinutes }
            if tb.dayPart == nil, let p = ta.dayPart, tb.hour <= 12, tb.hour >= ta.hour {
                tb.dayPart = p
            }
            from = .clock(ta, db == da ? da : (da == .reference ? db : da))
            to = .clock(tb, db)
        }
        let start = opened && before != nil ? min(a.start, before!.start) : a.start
        // "من 1 إلى 5 رمضان 1445": Hijri when every date in it is.
        let hijri = [a, b].allSatisfy { $0.hijri == .day || $0.kind == .number } ? Annotation.Grain.day : nil
        return Mention(kind: .range, start: start, end: b.end, value: .range(from, to), hijri: hijri)
    }

    /// Both ends of a range, completed from each other; nil when they are not two times or dates.
    /// A bare day number takes the month of the other end, a Hijri month when that is Hijri.
    private func ends(_ ma: Mention, _ mb: Mention) -> (Mention.Value, Mention.Value)? {
        let (a, b) = (ma.value, mb.value)
        switch (a, b) {
        case (.clock, .clock): return (a, b)
        // "3-4pm", "بين 3 و4 عصراً": a bare hour before a time.
        case (.resolved(.number(let n), nil), .clock(let tb, let db)):
            guard n == n.rounded(), (0...24).contains(n), tb.grain != .second else { return nil }
            return (.clock(ClockTime(hour: Int(n), dayPart: tb.dayPart, sameDay: tb.sameDay), db), b)
        case (.resolved(.number(let n), nil), _):
            guard n == n.rounded(), (1...31).contains(n) else { return nil }
            return withDay(Int(n), like: b, hijri: mb.hijri == .day).map { ($0, b) }
        case (_, .resolved(.number(let n), nil)):
            guard n == n.rounded(), (1...31).contains(n) else { return nil }
            return withDay(Int(n), like: a, hijri: ma.hijri == .day).map { (a, $0) }
        case (.resolved(.text, let ga?), .resolved(.text, let gb?)) where ga == gb: return (a, b)
        case (.relative, .relative), (.relative, .resolved(.text, _)), (.resolved(.text, _), .relative):
            return isDayOrCoarser(a) && isDayOrCoarser(b) ? (a, b) : nil
        default: return nil
        }
    }

    private func isDayOrCoarser(_ v: Mention.Value) -> Bool {
        if case .resolved(.text, _) = v { return true }
        if case .relative = v { return true }
        return false
    }

    /// The date `like` names with its day of month replaced.
    private func withDay(_ day: Int, like value: Mention.Value, hijri: Bool) -> Mention.Value? {
        switch value {
        case .resolved(.text(let iso), .day?) where hijri:
            guard let d = CalendarDay(iso: iso), let h = hijriCalendar.hijri(of: d),
                let out = hijriCalendar.gregorian(year: h.year, month: h.month, day: day)
            else { return nil }
            return .resolved(.text(out.iso(.day)), .day)
        case .relative(.holiday(.hijri(let month, _))) where hijri:
            guard day <= 30 else { return nil }
            return .relative(.holiday(.hijri(month: month, day: day)))
        case .resolved(.text(let iso), .day?):
            guard let d = CalendarDay(iso: iso), let out = CalendarDay(year: d.year, month: d.month, day: day) else {
                return nil
            }
            return .resolved(.text(out.iso(.day)), .day)
        case .relative(.inMonth(let spec, .day)):
            return .relative(.inMonth(spec, .day(day)))
        case .relative(.dayOfMonth(_, let m, _)):
            guard day <= CalendarDay.days(inMonth: m, year: 2000) else { return nil }
            return .relative(.dayOfMonth(day: day, month: m, weekday: nil))
        default: return nil
        }
    }

    /// "حتى الساعة 2"، "until 5pm": from now to the time.
    private func until(_ m: Mention, after previous: Mention?, in text: TokenizedText) -> Mention? {
        guard case .clock = m.value, let cue = text.token(endingBy: m.start),
            isWord(cue, Self.arabicUntil, Self.englishUntil), previous.map({ $0.end <= cue.start }) ?? true
        else { return nil }
        return Mention(kind: .range, start: cue.start, end: m.end, value: .range(.now, m.value))
    }

    /// "by the end of the month", "by EOY": from now until the span (see `Mention.Value.until`).
    private func by(_ m: Mention, after previous: Mention?, in text: TokenizedText) -> Mention? {
        guard case .range = m.value, var cue = text.token(endingBy: m.start) else { return nil }
        if cue.kind == .latin, cue.key == "the", let c = text.token(endingBy: cue.start) { cue = c }
        guard cue.kind == .latin, cue.key == "by", previous.map({ $0.end <= cue.start }) ?? true else { return nil }
        return Mention(kind: .range, start: cue.start, end: m.end, value: .until(m.value))
    }

    // MARK: tokens

    private func isComma(_ t: TextToken) -> Bool {
        t.kind == .symbol && (t.key == "," || t.key == "\u{060C}")
    }

    private func isWord(_ t: TextToken, _ arabic: ArabicWordSet, _ english: Set<String>) -> Bool {
        switch t.kind {
        case .arabic: return t.arabicKey.map(arabic.contains) == true
        case .latin: return english.contains(t.key)
        default: return false
        }
    }
}

extension TokenizedText {
    /// The tokens lying wholly between two scalar offsets.
    func tokens(from start: Int, to end: Int) -> ArraySlice<TextToken> {
        guard start < end else { return tokens[0..<0] }
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].start < start { lo = mid + 1 } else { hi = mid }
        }
        var k = lo
        while k < tokens.count, tokens[k].end <= end { k += 1 }
        return tokens[lo..<k]
    }

    /// The last token that ends at or before a scalar offset.
    func token(endingBy offset: Int) -> TextToken? {
        var lo = 0
        var hi = tokens.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if tokens[mid].end <= offset { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? tokens[lo - 1] : nil
    }

    private static let wawWord = ArabicKey.set(["و"])

    /// Whether the token is و written apart.
    func isWawToken(_ t: TextToken) -> Bool {
        t.kind == .arabic && t.arabicKey.map(Self.wawWord.contains) == true
    }
}
