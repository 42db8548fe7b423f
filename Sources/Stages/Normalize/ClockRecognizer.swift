/// Finds times of day: "الساعة الثالثة عصراً", "الساعة 3 و15 دقيقة", "الثانية عشرة إلا ربعاً",
/// "3:18 صباحاً", "الليلة", "15:23:24", "3pm", "at 5:30", "half past three", "noon", "tonight".
///
/// Each becomes a `ClockTime` on the reference day; the combiner puts a day written next to
/// it ("الخميس الساعة 8") under it, and the resolver picks the half of the day and the day.
struct ClockRecognizer: Sendable {
    let numbers: NumberRecognizer
    let ordinals = OrdinalRecognizer()

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < text.count {
            let found: (Mention, Int)?
            switch text[i].kind {
            case .arabic: found = arabic(at: i, in: text)
            case .digits: found = digitTime(at: i, in: text) ?? english(at: i, in: text)
            case .latin: found = english(at: i, in: text)
            default: found = nil
            }
            if let (m, next) = found {
                out.append(m)
                i = max(next, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// "3:18", "15:23:24", with the Arabic or English part of day after it.
    private func digitTime(at i: Int, in text: TokenizedText) -> (Mention, Int)? {
        guard let (time, next) = colonTime(at: i, in: text) else { return nil }
        let (t, k) = arabicTail(time, at: next, in: text) ?? englishTail(time, at: next, in: text) ?? (time, next)
        return (.clock(t, .reference, text[i].start, text[k - 1].end), k)
    }

    /// "3:18" or "15:23:24" at i: the time and the token after it.
    func colonTime(at i: Int, in text: TokenizedText) -> (ClockTime, Int)? {
        guard let h = text.digits(i), h.count <= 2, let hour = Int(h), hour <= 24, text.isSymbol(i + 1, ":"),
            text.adjacent(i), text.adjacent(i + 1), let m = text.digits(i + 2), m.count == 2, let minute = Int(m),
            minute < 60, !(text.adjacent(i - 1) && [.digits, .latin].contains(text[i - 1].kind))
        else { return nil }
        var time = ClockTime(hour: hour, minute: minute, grain: .minute)
        var next = i + 3
        if text.isSymbol(next, ":"), text.adjacent(next - 1), text.adjacent(next), let s = text.digits(next + 1),
            s.count == 2, let second = Int(s), second < 60
        {
            time.second = second
            time.grain = .second
            next += 2
        }
        // "12:30:45:10" or "3:18.5" is something else.
        if text.adjacent(next - 1), next < text.count, text[next].kind == .digits || text.isSymbol(next, ":") {
            return nil
        }
        if hour == 24 && (minute > 0 || time.second > 0) { return nil }
        return (time, next)
    }
}
