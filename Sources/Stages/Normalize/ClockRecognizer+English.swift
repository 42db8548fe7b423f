extension ClockRecognizer {
    private static let zones: [String: Int] = [
        "gmt": 0, "utc": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "eet": 120, "eest": 180, "msk": 180,
        "ist": 330, "est": -300, "edt": -240, "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480,
        "pdt": -420,
    ]
    private static let dayParts: [String: DayPart] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
    ]
    private static let ohs: Set<String> = ["o", "oh", "ou", "zero"]
    /// Day words that make a bare hour before them a time ("9 tomorrow", "5 tonight").
    private static let dayWords: Set<String> = ["today", "tomorrow", "tonight", "yesterday"]
    private static let relations: [String: Int] = ["past": 1, "after": 1, "to": -1, "till": -1, "before": -1, "of": -1]

    /// "3pm", "3:20 p.m.", "at 5", "15h00", "3 o'clock", "half past 3", "a quarter to noon",
    /// "noon", "midnight", "tonight", "this evening", "8 in the evening".
    func english(at i: Int, in text: TokenizedText) -> (Mention, Int)? {
        if let found = englishDayPartAlone(at: i, in: text) { return found }
        if let found = englishRelativeClock(at: i, in: text) { return found }
        let at = text.isAt(i - 1)
        guard var (time, next, strong) = englishHour(at: i, in: text) else { return nil }
        // "at 3 15": an hour and two-digit minutes after "at".
        if at, text[i].kind == .digits, time.grain == .hour, let mm = text.digits(next), mm.count == 2, let m = Int(mm),
            m < 60, !(text.adjacent(next) && (text.isSymbol(next + 1, "-") || text[next + 1].kind != .symbol)),
            text.latin(next + 1) == nil || englishTail(time, at: next + 1, in: text) != nil
        {
            time.minute = m
            time.grain = .minute
            next += 1
            strong = true
        }
        if let (t, k) = englishTail(time, at: next, in: text) {
            return (.clock(t, .reference, text[i].start, text[k - 1].end), k)
        }
        // "at 5", "9 tomorrow", not "at 650-650-6500" or "at 1030".
        let beforeDay = text[i].kind == .digits && time.hour <= 12 && text.latin(next).map(Self.dayWords.contains) == true
        guard strong || beforeDay || (at && (text[i].kind != .digits || text[i].key.count <= 2) && !text.isSymbol(next, "-")),
            !text.isSymbol(next, "%")
        else { return nil }
        return (.clock(time, .reference, text[i].start, text[next - 1].end), next)
    }

    /// The hour at i: digits ("3", "330", "15h00", "15:15"), a number word up to twelve,
    /// "noon", "midnight"; with whether it reads as a time by itself.
    private func englishHour(at i: Int, in text: TokenizedText) -> (ClockTime, Int, Bool)? {
        if let word = text.latin(i) {
            if word == "noon" || word == "midday" { return (ClockTime(hour: 12, dayPart: .noon), i + 1, true) }
            if word == "mid", text.latin(i + 1) == "day" { return (ClockTime(hour: 12, dayPart: .noon), i + 2, true) }
            if word == "midnight" { return (ClockTime(hour: 0), i + 1, true) }
            let hour: Int
            switch EnglishNumberWord.cardinals[word] {
            case .unit(let n)? where n > 0 && word != "single": hour = n
            case .teen(let n)? where n <= 12: hour = n
            default: return nil
            }
            var time = ClockTime(hour: hour)
            var next = i + 1
            // "twelve o three", "twelve-oh-three", "nine fifty nine": the "oh" makes it a time.
            let dash = text.isSymbol(next, "-") && text.adjacent(next - 1) ? 1 : 0
            if let o = text.latin(next + dash), Self.ohs.contains(o) {
                let k = next + dash + 1 + (text.isSymbol(next + dash + 1, "-") ? 1 : 0)
                guard let m = numbers.match(at: k, in: text), (1...9).contains(m.value), m.value == m.value.rounded() else {
                    return nil
                }
                time.minute = Int(m.value)
                time.grain = .minute
                return (time, m.next, true)
            } else if text.isSymbol(next, "-"), text.adjacent(next - 1), text.adjacent(next),
                let w = text.latin(next + 1), case .tens(let m)? = EnglishNumberWord.cardinals[w], m <= 50
            {
                // "ten-thirty": an hour word and a tens word joined.
                time.minute = m
                time.grain = .minute
                return (time, next + 2, true)
            } else if let m = numbers.match(at: next, in: text), text[next].kind == .latin,
                m.value == m.value.rounded(), (10...59).contains(m.value)
            {
                time.minute = Int(m.value)
                time.grain = .minute
                next = m.next
            }
            if let k = oClock(at: next, in: text) { return (time, k, true) }
            return (time, next, false)
        }
        if let (t, next) = colonTime(at: i, in: text) { return (t, next, true) }
        guard let d = text.digits(i), !(text.adjacent(i - 1) && [.digits, .latin].contains(text[i - 1].kind)),
            let n = Int(d)
        else { return nil }
        // "15h00", "9h30", "8h".
        if text.adjacent(i), text.latin(i + 1) == "h", n <= 24, d.count <= 2 {
            if text.adjacent(i + 1), let m = text.digits(i + 2), m.count == 2, let mm = Int(m), mm < 60 {
                return (ClockTime(hour: n, minute: mm, grain: .minute, twentyFourHour: true), i + 3, true)
            }
            return (ClockTime(hour: n, grain: .minute, twentyFourHour: true), i + 2, true)
        }
        if d.count <= 2, n <= 24 {
            if let k = oClock(at: i + 1, in: text) { return (ClockTime(hour: n), k, true) }
            // "3ish".
            if text.adjacent(i), text.latin(i + 1) == "ish" { return (ClockTime(hour: n), i + 2, false) }
            return (ClockTime(hour: n), i + 1, false)
        }
        // "330 p.m.": only with a tail (see `english`).
        if d.count == 3 || d.count == 4, n / 100 <= 24, n % 100 < 60 {
            return (ClockTime(hour: n / 100, minute: n % 100, grain: .minute), i + 1, false)
        }
        return nil
    }

    /// "o'clock" at k: the token after it.
    private func oClock(at k: Int, in text: TokenizedText) -> Int? {
        if text.latin(k) == "oclock" { return k + 1 }
        guard text.latin(k) == "o", text.isSymbol(k + 1, "'") || text.isSymbol(k + 1, "\u{2019}"),
            text.latin(k + 2) == "clock"
        else { return nil }
        return k + 3
    }

    /// "am", "p.m.", "a m", "in the evening", "tonight", "GMT" after a time.
    func englishTail(_ time: ClockTime, at k: Int, in text: TokenizedText) -> (ClockTime, Int)? {
        var time = time
        var k = k
        var found = false
        if let (pm, next) = meridiem(at: k, in: text), (0...12).contains(time.hour) {
            time.dayPart = pm ? .afternoon : .morning
            k = next
            found = true
        }
        if text.latin(k) == "in", text.latin(k + 1) == "the", let w = text.latin(k + 2), w == "am" || w == "pm",
            (0...12).contains(time.hour)
        {
            // "3 in the AM".
            time.dayPart = w == "pm" ? .afternoon : .morning
            k += 3
            found = true
        } else if text.latin(k) == "in", text.latin(k + 1) == "the", let w = text.latin(k + 2), let p = Self.dayParts[w] {
            time.dayPart = time.dayPart ?? p
            k += 3
            found = true
        } else if text.latin(k) == "in", let w = text.latin(k + 1), let p = Self.dayParts[w] {
            time.dayPart = time.dayPart ?? p
            k += 2
            found = true
        } else if text.latin(k) == "at", text.latin(k + 1) == "night" {
            time.dayPart = time.dayPart ?? .night
            k += 2
            found = true
        } else if text.latin(k) == "tonight" {
            time.dayPart = time.dayPart ?? .evening
            time.sameDay = true
            k += 1
            found = true
        } else if text.latin(k) == "this", let w = text.latin(k + 1), let p = Self.dayParts[w] {
            time.dayPart = time.dayPart ?? p
            time.sameDay = true
            k += 2
            found = true
        }
        if let z = text.latin(k), let offset = Self.zones[z] {
            time.zoneMinutes = offset
            k += 1
            found = true
        } else if text.isSymbol(k, "("), let z = text.latin(k + 1), let offset = Self.zones[z], text.isSymbol(k + 2, ")") {
            // "9 am (BST)".
            time.zoneMinutes = offset
            k += 3
            found = true
        }
        return found ? (time, k) : nil
    }

    /// "am", "pm", "a", "p", "a.m.", "p. m.", "a m": whether it is pm, and the token after it.
    private func meridiem(at k: Int, in text: TokenizedText) -> (Bool, Int)? {
        guard let w = text.latin(k) else { return nil }
        switch w {
        case "am", "pm": return (w == "pm", text.isSymbol(k + 1, ".") && text.adjacent(k) ? k + 2 : k + 1)
        case "a", "p":
            var j = k + 1
            if text.isSymbol(j, ".") { j += 1 }
            if text.latin(j) == "m" {
                j += 1
                if text.isSymbol(j, ".") { j += 1 }
                return (w == "p", j)
            }
            // "3:15p", "3:18a": only attached to the number; a bare "4a" is too often a label.
            guard w == "p" || text.isSymbol(k - 2, ":"), text.adjacent(k - 1), text[k - 1].kind == .digits else {
                return nil
            }
            return (w == "p", k + 1)
        default: return nil
        }
    }

    /// "half past three", "a quarter to noon", "20 past 3pm", "30 minutes past 3 pm", "ten to five".
    private func englishRelativeClock(at i: Int, in text: TokenizedText) -> (Mention, Int)? {
        var k = i
        if text.latin(k) == "a" { k += 1 }
        var minutes: Int
        if text.latin(k) == "quarter" {
            minutes = 15
            k += 1
        } else if text.latin(k) == "half" {
            minutes = 30
            k += 1
        } else if let n = numbers.match(at: k, in: text), n.value == n.value.rounded(), (1...59).contains(n.value) {
            minutes = Int(n.value)
            k = n.next
            if let w = text.latin(k), w == "minutes" || w == "minute" || w == "mins" || w == "min" { k += 1 }
        } else {
            return nil
        }
        // "half three" is half past three.
        let halfHour = minutes == 30 && text.latin(k - 1) == "half" && text.latin(k).map { Self.relations[$0] == nil } ?? true
        let sign = halfHour ? 1 : text.latin(k).flatMap { Self.relations[$0] } ?? 0
        guard sign != 0, minutes != 30 || sign > 0,
            let (hour, next, _) = englishHour(at: halfHour ? k : k + 1, in: text), hour.grain == .hour, hour.hour <= 12
        else { return nil }
        var time = hour
        time.minute = sign * minutes
        time.grain = .minute
        var end = next
        if let (t, after) = englishTail(time, at: next, in: text) {
            time = t
            end = after
        }
        return (.clock(time, .reference, text[i].start, text[end - 1].end), end)
    }

    /// "tonight", "this morning", "this evening", "in the afternoon": the start of that part, hour grain.
    private func englishDayPartAlone(at i: Int, in text: TokenizedText) -> (Mention, Int)? {
        guard let w = text.latin(i) else { return nil }
        // "late tonight", "late last night": from 21:00, as Duckling reads them.
        if w == "late", let (m, next) = englishDayPartAlone(at: i + 1, in: text),
            case .clock(var t, let day) = m.value, t.dayPart == .evening, text[i + 1].start == m.start
        {
            t.hour = 21
            return (.clock(t, day, text[i].start, m.end), next)
        }
        // "early morning", "early in the morning": the morning, from its start.
        if w == "early", let (m, next) = englishDayPartAlone(at: i + 1, in: text), case .clock(let t, let day) = m.value,
            t.dayPart == .morning, text[i + 1].start == m.start
        {
            return (.clock(t, day, text[i].start, m.end), next)
        }
        if w == "tonight" || w == "tonite" {
            return (.clock(ClockTime(hour: 18, dayPart: .evening, sameDay: true, partOnly: true), .reference, text[i].start, text[i].end), i + 1)
        }
        if w == "last", text.latin(i + 1) == "night" {
            let time = ClockTime(hour: 18, dayPart: .evening, sameDay: true, partOnly: true)
            return (.clock(time, .relative(.shift(-1, .day)), text[i].start, text[i + 1].end), i + 2)
        }
        // "morning" alone, to be joined to a day before it ("tomorrow afternoon", "Monday morning").
        // "the morning of Christmas" joins its day too.
        if let p = Self.dayParts[w], p != .night, text.latin(i - 1) != "the" || text.latin(i + 1) == "of",
            text.latin(i - 1) != "this"
        {
            let time = ClockTime(hour: p.startHour, dayPart: p, sameDay: true, partOnly: true)
            return (.clock(time, .reference, text[i].start, text[i].end), i + 1)
        }
        if w == "this" || w == "in", let n = text.latin(i + (w == "in" ? 2 : 1)), let p = Self.dayParts[n],
            w == "this" || text.latin(i + 1) == "the"
        {
            let end = i + (w == "in" ? 3 : 2)
            let time = ClockTime(hour: p.startHour, dayPart: p, sameDay: true, partOnly: true)
            return (.clock(time, .reference, text[i].start, text[end - 1].end), end)
        }
        return nil
    }
}

extension TokenizedText {
    /// Whether token i is "at" or "@" (which the tokenizer may keep as an opaque chunk).
    func isAt(_ i: Int) -> Bool {
        guard i >= 0, i < count else { return false }
        let t = tokens[i]
        return t.key == "at" && t.kind == .latin || t.end - t.start == 1 && scalars[t.start] == "@"
    }
}
