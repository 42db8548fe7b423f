/// Finds ordinals: "1st", "21st", "first", "twenty-first", and Arabic الأول/الأولى … العاشر/العاشرة
/// with the teens الحادي عشر … التاسع عشر and compounds الحادي والعشرون … التاسع والتسعون.
/// Value: the rank.
///
/// Without the article only masculine Arabic forms count ("ثالث أكبر"): a bare feminine form is
/// too often something else ("ثانية" is also "a second").
struct OrdinalRecognizer: Sendable {
    /// An ordinal starting at a token.
    struct Match: Sendable, Equatable {
        var value: Int
        var start: Int
        var end: Int
        /// The token after the ordinal.
        var next: Int
    }

    private struct ArabicOrdinal: Sendable {
        var value: Int
        var feminine: Bool
        /// الحادي/الحادية: only before عشر/عشرة or و + tens.
        var compoundOnly: Bool
    }

    private static let arabic: ArabicWordTable<ArabicOrdinal> = {
        let masculine = ["أول", "ثاني", "ثالث", "رابع", "خامس", "سادس", "سابع", "ثامن", "تاسع", "عاشر"]
        let feminine = ["أولى", "ثانية", "ثالثة", "رابعة", "خامسة", "سادسة", "سابعة", "ثامنة", "تاسعة", "عاشرة"]
        var entries: [(String, ArabicOrdinal)] = [
            ("حادي", ArabicOrdinal(value: 1, feminine: false, compoundOnly: true)),
            ("حادية", ArabicOrdinal(value: 1, feminine: true, compoundOnly: true)),
        ]
        // ثانٍ (indefinite), also written with the article: الثان.
        entries.append(("ثان", ArabicOrdinal(value: 2, feminine: false, compoundOnly: false)))
        for (n, w) in masculine.enumerated() {
            entries.append((w, ArabicOrdinal(value: n + 1, feminine: false, compoundOnly: false)))
        }
        for (n, w) in feminine.enumerated() {
            entries.append((w, ArabicOrdinal(value: n + 1, feminine: true, compoundOnly: false)))
        }
        return ArabicKey.table(entries)
    }()

    /// كانون الثاني and تشرين الأول are months, not ordinals.
    private static let monthHeads = ArabicKey.set(["كانون", "تشرين"])
    private static let suffixes: Set<String> = ["st", "nd", "rd", "th"]
    private static let hyphens: Set<String> = ["-", "\u{2010}", "\u{2013}", "\u{2014}"]

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count {
            if let m = digitOrdinal(at: i, in: text) ?? englishOrdinal(at: i, in: text)
                ?? arabicOrdinal(at: i, in: text)
            {
                out.append(.ordinal(m.value, m.start, m.end))
            }
        }
        return out
    }

    /// "1st", "22nd", "28th".
    func digitOrdinal(at i: Int, in text: TokenizedText) -> Match? {
        guard let d = text.digits(i), d.count <= 4, text.adjacent(i), let suffix = text.latin(i + 1),
            Self.suffixes.contains(suffix), !(text.adjacent(i - 1) && text[i - 1].kind == .latin), let n = Int(d)
        else { return nil }
        return Match(value: n, start: text[i].start, end: text[i + 1].end, next: i + 2)
    }

    /// "first", "twentieth", "twenty-first", "twenty first".
    func englishOrdinal(at i: Int, in text: TokenizedText) -> Match? {
        guard let word = text.latin(i) else { return nil }
        if let n = EnglishNumberWord.ordinals[word] {
            return Match(value: n, start: text[i].start, end: text[i].end, next: i + 1)
        }
        // "twentyfifth": only words long enough and starting as a tens word does are tried.
        let bytes = word.utf8
        for (n, tens) in EnglishNumberWord.tensWords.enumerated()
        where bytes.count >= 8 && bytes.first == tens.utf8.first && word.hasPrefix(tens) {
            if let u = EnglishNumberWord.ordinals[String(word.dropFirst(tens.count))], u < 10 {
                return Match(value: (n + 2) * 10 + u, start: text[i].start, end: text[i].end, next: i + 1)
            }
        }
        guard case .tens(let t)? = EnglishNumberWord.cardinals[word] else { return nil }
        var k = i + 1
        if let s = text.symbol(k), Self.hyphens.contains(s), text.adjacent(i), text.adjacent(k) { k += 1 }
        guard let unit = text.latin(k), let n = EnglishNumberWord.ordinals[unit], n < 10 else { return nil }
        return Match(value: t + n, start: text[i].start, end: text[k].end, next: k + 1)
    }

    /// الأول، الثانية، ثالث، الحادي عشر، الخامس والعشرين.
    func arabicOrdinal(at i: Int, in text: TokenizedText) -> Match? {
        guard let (ordinal, reading) = text.arabic(i, in: Self.arabic, .any),
            reading.hasArticle || !ordinal.feminine,
            text.arabic(i - 1, in: Self.monthHeads, .indefinite) == nil
        else { return nil }
        if ordinal.value < 10, text.arabic(i + 1, in: ArabicNumberWord.table, .bare)?.0 == .ten {
            return Match(value: 10 + ordinal.value, start: reading.spanStart, end: text[i + 1].end, next: i + 2)
        }
        if ordinal.value < 10, let (t, next) = text.conjoinedTens(at: i + 1) {
            return Match(value: t + ordinal.value, start: reading.spanStart, end: text[next - 1].end, next: next)
        }
        guard !ordinal.compoundOnly else { return nil }
        return Match(value: ordinal.value, start: reading.spanStart, end: text[i].end, next: i + 1)
    }
}
