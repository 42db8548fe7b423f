extension ClockRecognizer {
    private static let hourWord = ArabicKey.set(["ساعة"])
    private static let minuteWords = ArabicKey.set(["دقيقة", "دقائق", "دقايق", "دقيقتين", "دقيقتان"])
    private static let illa = ArabicKey.set(["إلا", "الا"])
    /// ربع، ثلث، نصف after و or إلا: minutes.
    private static let fractions: ArabicWordTable<Int> = ArabicKey.table([
        ("ربع", 15), ("ربعا", 15), ("ثلث", 20), ("ثلثا", 20), ("نصف", 30), ("نص", 30), ("نصا", 30),
    ])
    /// Parts of the day, with or without the article, in the accusative (صباحاً، عصراً).
    static let arabicDayParts: ArabicWordTable<DayPart> = ArabicKey.table([
        ("صباح", .morning), ("صباحا", .morning), ("صبح", .morning), ("صبحا", .morning), ("فجر", .morning),
        ("فجرا", .morning), ("ظهر", .noon), ("ظهرا", .noon), ("ظهيرة", .noon), ("عصر", .afternoon),
        ("عصرا", .afternoon), ("مساء", .evening), ("مساءا", .evening), ("مسا", .evening), ("مغرب", .evening),
        ("عشاء", .night), ("ليل", .night), ("ليلا", .night), ("ليلة", .night),
    ])
    private static let before = ArabicKey.set(["قبل"])
    private static let after = ArabicKey.set(["بعد"])
    private static let this = ArabicKey.set(["هذا", "هذه"])
    private static let zoneWords = ArabicKey.set(["توقيت"])
    private static let utcNames = ArabicKey.set(["غرينتش", "غرينيتش", "جرينتش", "جرينيتش", "جرينش"])
    /// Words that make اليوم، أمس، غداً the day of a part of day: "صباح اليوم", "مساء أمس".
    private static let deicticDays: ArabicWordTable<Int> = ArabicKey.table([
        ("يوم", 0), ("أمس", -1), ("بارحة", -1), ("غد", 1), ("غدا", 1),
    ])

    /// "الساعة 3"، "الساعة الثالثة وربع عصراً"، "الثالثة فجراً"، "عند الثالثة وثمانية عشر دقيقة
    /// صباحاً"، "الليلة"، "هذا المساء"، "صباح اليوم".
    func arabic(at i: Int, in text: TokenizedText) -> (Mention, Int)? {
        if let found = arabicDayPartAlone(at: i, in: text) { return found }
        var k = i
        var hourWord = false
        var start = text[i].start
        if let r = text.arabic(i, in: Self.hourWord, .definite) {
            hourWord = true
            start = r.spanStart
            k += 1
        }
        var time: ClockTime
        var strong = hourWord
        if let (t, next) = colonTime(at: k, in: text) {
            (time, k) = (t, next)
            strong = true
        } else if hourWord, let d = text.digits(k), let h = Int(d), h <= 24, !text.isSymbol(k + 1, ":") {
            time = ClockTime(hour: h)
            k += 1
        } else if let (h, next) = arabicHourWord(at: k, in: text, afterHourWord: hourWord) {
            if !hourWord { start = text[k].start }
            time = ClockTime(hour: h)
            k = next
        } else {
            return nil
        }
        if time.grain == .hour, let (m, next) = arabicMinutes(at: k, in: text) {
            time.minute = m
            time.grain = .minute
            k = next
            strong = true
        }
        if let (t, next) = arabicTail(time, at: k, in: text) {
            (time, k) = (t, next)
        } else if !strong {
            return nil
        }
        return (.clock(time, .reference, start, text[k - 1].end), k)
    }

    /// The hour in words: a cardinal after الساعة ("الساعة ثلاثة"), or a feminine ordinal with
    /// the article ("الثالثة"، "الحادية عشرة").
    private func arabicHourWord(at k: Int, in text: TokenizedText, afterHourWord: Bool) -> (Int, Int)? {
        guard k < text.count, text[k].kind == .arabic else { return nil }
        if var o = ordinals.arabicOrdinal(at: k, in: text), text[k].keyScalars.last == "\u{0647}",
            text[k].readings.contains(where: \.hasArticle) || afterHourWord
        {
            // "الرابعة وأربعون دقيقة" is 4:40, not the 44th.
            if o.value > 20, o.value % 10 > 0 {
                o.value %= 10
                o.next = k + 1
            }
            if (1...12).contains(o.value) { return (o.value, o.next) }
        }
        guard afterHourWord, let n = numbers.match(at: k, in: text), n.value == n.value.rounded(),
            (0...24).contains(n.value)
        else { return nil }
        return (Int(n.value), n.next)
    }

    /// "وربع"، "ونصف"، "و18 دقيقة"، "وثمانية عشر دقيقة"، "إلا ربعاً"، "إلا 10 دقائق": minutes,
    /// negative before the hour.
    private func arabicMinutes(at k: Int, in text: TokenizedText) -> (Int, Int)? {
        var sign = 1
        var j = k
        var joined = false
        if text.arabicWord(j, in: Self.illa) {
            sign = -1
            j += 1
        } else if text.isWaw(j) {
            j += 1
            joined = true
        }
        if let (f, r) = text.arabic(j, in: Self.fractions, .conjoined), joined || sign < 0 || r.hasConjunction {
            guard !(joined && r.hasConjunction) else { return nil }
            return (sign * f, j + 1)
        }
        guard let n = numbers.match(at: j, in: text), n.value == n.value.rounded(), (1...59).contains(n.value) else {
            return nil
        }
        let conjoined = text[j].kind == .arabic && n.start > text[j].start
        guard joined || sign < 0 || conjoined else { return nil }
        var next = n.next
        if text.arabic(next, in: Self.minuteWords, .bare) != nil {
            next += 1
        } else if text.arabic(next, in: Self.fractions, .bare) != nil {
            return nil
        }
        return (sign * Int(n.value), next)
    }

    /// The part of day and zone after a time: "عصراً"، "بعد الظهر"، "هذا الصباح"، "بتوقيت غرينتش".
    func arabicTail(_ time: ClockTime, at k: Int, in text: TokenizedText) -> (ClockTime, Int)? {
        var time = time
        var k = k
        var found = false
        if let (part, next) = arabicDayPart(at: k, in: text) {
            time.dayPart = part
            time.sameDay = true
            k = next
            found = true
        }
        if let r = text.arabic(k, in: Self.zoneWords, .any), !r.hasArticle {
            if let word = text.latin(k + 1), word == "gmt" || word == "utc" {
                time.zoneMinutes = 0
                k += 2
                found = true
            } else if text.arabic(k + 1, in: Self.utcNames, .any) != nil {
                time.zoneMinutes = 0
                k += 2
                found = true
            }
        }
        return found ? (time, k) : nil
    }

    /// A part of day at k and the token after it.
    private func arabicDayPart(at k: Int, in text: TokenizedText) -> (DayPart, Int)? {
        if text.arabic(k, in: Self.this, .bare) != nil, let (p, _) = text.arabic(k + 1, in: Self.arabicDayParts, .definite) {
            return (p, k + 2)
        }
        if let r = text.arabic(k, in: Self.before, .any), !r.hasArticle,
            let (p, _) = text.arabic(k + 1, in: Self.arabicDayParts, .definite)
        {
            return (p == .noon ? .morning : .afternoon, k + 2)
        }
        if let r = text.arabic(k, in: Self.after, .any), !r.hasArticle,
            let (p, _) = text.arabic(k + 1, in: Self.arabicDayParts, .definite)
        {
            return (p == .noon || p == .afternoon ? .afternoon : .evening, k + 2)
        }
        if let (p, r) = text.arabic(k, in: Self.arabicDayParts, .any), !r.hasPreposition || r.hasArticle {
            // "ليلة" alone is "a night"; "الليلة" after a time is "tonight".
            if p == .night, !r.hasArticle, text[k].keyScalars.last == "\u{0647}" { return nil }
            return (p, k + 1)
        }
        return nil
    }

    /// "الليلة"، "هذه الليلة"، "هذا المساء"، "صباح اليوم"، "مساء أمس": the start of that part
    /// of the day, at hour grain.
    private func arabicDayPartAlone(at i: Int, in text: TokenizedText) -> (Mention, Int)? {
        var k = i
        var start: Int?
        if let r = text.arabic(i, in: Self.this, .conjoined) {
            start = r.spanStart
            k += 1
        }
        guard let (part, r) = text.arabic(k, in: Self.arabicDayParts, .any), !r.hasPreposition || r.hasArticle else {
            return nil
        }
        let time = ClockTime(hour: part.startHour, grain: .hour, dayPart: part, sameDay: true)
        // صباح اليوم، مساء أمس، صباح الغد.
        if !r.hasArticle, start == nil, let (offset, _) = text.arabic(k + 1, in: Self.deicticDays, .any),
            offset != 0 || text[k + 1].readings.contains(where: \.hasArticle)
        {
            return (.clock(time, .relative(.shift(offset, .day)), r.spanStart, text[k + 1].end), k + 2)
        }
        // Alone, only الليلة is tonight; هذا/هذه makes any part this one.
        let isTonight = part == .night && r.hasArticle && text[k].keyScalars.last == "\u{0647}"
        guard r.hasArticle, start != nil || isTonight else { return nil }
        return (.clock(time, .reference, start ?? r.spanStart, text[k].end), k + 1)
    }
}
