/// Finds cardinal numbers: digit numbers ("1,200", "3.5", "2.5 مليون", "3 آلاف"), English
/// number words ("twenty-one", "two hundred") and Arabic ones ("واحد وعشرون", "ثلاثة آلاف").
///
/// Other recognizers use `match(at:in:)` for the counts in "قبل ثلاثة أيام" or "5 years".
struct NumberRecognizer: Sendable {
    /// A number starting at a token.
    struct Match: Sendable, Equatable {
        var value: Double
        /// Scalar offsets of the number in the text.
        var start: Int
        var end: Int
        /// The token after the number.
        var next: Int
    }

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        var i = 0
        while i < text.count {
            if let m = match(at: i, in: text) {
                out.append(.number(m.value, m.start, m.end))
                i = m.next
            } else {
                i += 1
            }
        }
        return out
    }

    /// The number that starts at token i, if any.
    func match(at i: Int, in text: TokenizedText) -> Match? {
        guard i >= 0, i < text.count else { return nil }
        let found: Match?
        switch text[i].kind {
        case .digits: found = digitNumber(at: i, in: text)
        case .arabic: found = arabicWords(at: i, in: text)
        case .latin: found = englishWords(at: i, in: text)
        case .symbol: found = signedNumber(at: i, in: text)
        case .opaque: found = nil
        }
        guard let m = found else { return nil }
        return decimalComma(after: m, in: text) ?? fraction(after: m, in: text) ?? m
    }

    private static let comma = ArabicKey.set(["فاصلة", "فاصل"])

    /// "1 فاصلة 5", "واحد فاصلة خمسة وعشرون": the Arabic spoken decimal point.
    private func decimalComma(after m: Match, in text: TokenizedText) -> Match? {
        guard m.value == m.value.rounded(), text.arabicWord(m.next, in: Self.comma) || text.latin(m.next) == "point",
            m.next + 1 < text.count,
            text[m.next + 1].kind != .symbol, let f = match(at: m.next + 1, in: text), f.value == f.value.rounded(),
            f.value >= 0, f.value < 1e9
        else { return nil }
        var scale = 10.0
        while scale <= f.value { scale *= 10 }
        let value = m.value < 0 ? m.value - f.value / scale : m.value + f.value / scale
        return Match(value: value, start: m.start, end: f.end, next: f.next)
    }

    /// "77/100", "-12/10": a fraction in digits, read only when it cannot be a day and month
    /// ("11/10" stays a date-like pair of numbers) and is not part of a longer date.
    private func fraction(after m: Match, in text: TokenizedText) -> Match? {
        let slash = m.next
        guard text.isSymbol(slash, "/"), text.adjacent(slash - 1), text.adjacent(slash),
            let d = text.digits(slash + 1), d.count <= 4, let den = Double(d), den > 1,
            m.value == m.value.rounded(), abs(m.value) < 10_000, text[slash - 1].kind == .digits,
            !text.adjacent(slash + 1) || !(text.isSymbol(slash + 2, "/") || text[slash + 2].kind == .digits)
        else { return nil }
        let couldBeDate = m.value > 0 && m.value <= 31 && den <= 12
        guard !couldBeDate else { return nil }
        return Match(value: m.value / den, start: m.start, end: text[slash + 1].end, next: slash + 2)
    }

    /// "-1.2" and "−5" (a sign that starts a word, so not "COVID-19" or "2015-2020"), and ".77".
    private func signedNumber(at i: Int, in text: TokenizedText) -> Match? {
        guard let sign = text.symbol(i), ["-", "\u{2212}", "."].contains(sign), !text.adjacent(i - 1), text.adjacent(i),
            text.digits(i + 1) != nil || (sign != "." && text.isSymbol(i + 1, ".") && text.digits(i + 2) != nil)
        else { return nil }
        if sign == "." {
            guard let fraction = text.digits(i + 1), var value = Double("0." + fraction) else { return nil }
            var next = i + 2
            if next < text.count, let (scale, after) = scaleWord(at: next, in: text) {
                value *= scale
                next = after
            }
            return Match(value: value, start: text[i].start, end: text[next - 1].end, next: next)
        }
        // "-.5", "-.0012G".
        if text.isSymbol(i + 1, "."), text.adjacent(i + 1), let fraction = text.digits(i + 2),
            var value = Double("0." + fraction)
        {
            var next = i + 3
            if next < text.count, let (scale, after) = scaleWord(at: next, in: text) {
                value *= scale
                next = after
            }
            return Match(value: -value, start: text[i].start, end: text[next - 1].end, next: next)
        }
        guard var m = digitNumber(at: i + 1, in: text) else { return nil }
        m.value = -m.value
        m.start = text[i].start
        return m
    }

    /// "1,200", "3.5", then an optional scale word: "2.5 million", "3 آلاف".
    private func digitNumber(at i: Int, in text: TokenizedText) -> Match? {
        // Beyond 15 digits a Double no longer holds the number exactly: no value rather than a wrong one.
        guard let first = text.digits(i), first.utf8.count <= 15, !continuesWord(at: i, in: text) else { return nil }
        var literal = first
        var j = i + 1
        if first.count <= 3 {
            while text.isSymbol(j, ","), text.adjacent(j - 1), text.adjacent(j), let group = text.digits(j + 1),
                group.count == 3
            {
                literal += group
                j += 2
            }
        }
        if text.isSymbol(j, "."), text.adjacent(j - 1), text.adjacent(j), let fraction = text.digits(j + 1) {
            literal += "." + fraction
            j += 2
        }
        guard var value = Double(literal) else { return nil }
        var end = text[j - 1].end
        if j < text.count, let (scale, after) = scaleWord(at: j, in: text) {
            value *= scale
            end = text[after - 1].end
            j = after
        }
        return Match(value: value, start: text[i].start, end: end, next: j)
    }

    /// Whether the digits at i continue something that is not a number of their own: a
    /// Latin word ("H5N1") or a number already read ("1.2.3" after "1.2").
    private func continuesWord(at i: Int, in text: TokenizedText) -> Bool {
        guard text.adjacent(i - 1) else { return false }
        let previous = text[i - 1]
        if previous.kind == .latin { return true }
        // ".77" is read from the point.
        if previous.kind == .symbol, previous.key == ".", !text.adjacent(i - 2) { return true }
        if previous.kind == .symbol, previous.key == "." || previous.key == ",", text.adjacent(i - 2),
            text[i - 2].kind == .digits
        {
            return true
        }
        return false
    }

    /// A scale word after digits, and the token after it.
    private func scaleWord(at j: Int, in text: TokenizedText) -> (Double, Int)? {
        if let word = text.latin(j) {
            switch EnglishNumberWord.cardinals[word] {
            case .scale(let s)?, .scalePlural(let s)?: return (s, j + 1)
            case .dozen?: return (12, j + 1)
            default: break
            }
            // "100K", "1.2M", ".0012G": a suffix letter attached to the digits.
            if text.adjacent(j - 1), word.count == 1, !text.adjacent(j) || text[j + 1].kind == .symbol {
                switch text.scalars[text[j].start] {
                case "k", "K": return (1e3, j + 1)
                case "M": return (1e6, j + 1)
                case "G": return (1e9, j + 1)
                default: break
                }
            }
        }
        if let (word, _) = text.arabic(j, in: ArabicNumberWord.table, .bare) {
            switch word {
            case .scale(let s), .scalePlural(let s): return (s, j + 1)
            case .hundred: return (100, j + 1)
            default: return nil
            }
        }
        return nil
    }
}
