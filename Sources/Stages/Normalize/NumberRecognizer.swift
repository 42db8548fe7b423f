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
        switch text[i].kind {
        case .digits: return digitNumber(at: i, in: text)
        case .arabic: return arabicWords(at: i, in: text)
        case .latin: return englishWords(at: i, in: text)
        case .symbol: return signedNumber(at: i, in: text)
        case .opaque: return nil
        }
    }

    /// "-1.2" and "−5" (a sign that starts a word, so not "COVID-19" or "2015-2020"), and ".77".
    private func signedNumber(at i: Int, in text: TokenizedText) -> Match? {
        guard let sign = text.symbol(i), ["-", "\u{2212}", "."].contains(sign), !text.adjacent(i - 1), text.adjacent(i),
            text.digits(i + 1) != nil
        else { return nil }
        if sign == "." {
            guard let fraction = text.digits(i + 1), let value = Double("0." + fraction) else { return nil }
            return Match(value: value, start: text[i].start, end: text[i + 1].end, next: i + 2)
        }
        guard var m = digitNumber(at: i + 1, in: text) else { return nil }
        m.value = -m.value
        m.start = text[i].start
        return m
    }

    /// "1,200", "3.5", then an optional scale word: "2.5 million", "3 آلاف".
    private func digitNumber(at i: Int, in text: TokenizedText) -> Match? {
        guard let first = text.digits(i), !continuesWord(at: i, in: text) else { return nil }
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
        if let word = text.latin(j), case .scale(let s)? = EnglishNumberWord.cardinals[word] { return (s, j + 1) }
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
