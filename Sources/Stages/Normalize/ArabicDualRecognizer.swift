/// Finds Arabic duals of countable nouns and reads them as the number 2: "شاحنتين"،
/// "شخصان"، "الطفلين"، "بسيارتين".
///
/// A word is a dual when it ends in ان/ين/تان/تين and its stem (the suffix removed, ة restored
/// after تان/تين) is in `ArabicCountableNouns`. The article and the clitics و/ف/ب/ل/ك may
/// precede it; the mention starts after the clitics, at the article.
struct ArabicDualRecognizer: Sendable {
    let nouns: ArabicWordSet
    let nominativeOnly: ArabicWordSet

    init(
        nouns: ArabicWordSet = ArabicCountableNouns.words,
        nominativeOnly: ArabicWordSet = ArabicCountableNouns.nominativeOnly
    ) {
        self.nouns = nouns
        self.nominativeOnly = nominativeOnly
    }

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count where text[i].kind == .arabic {
            if let reading = dualReading(of: text[i]) {
                out.append(.number(2, reading.spanStart, text[i].end))
            }
        }
        return out
    }

    /// The reading of a word that makes it a dual of one of the nouns.
    func dualReading(of token: TextToken) -> ArabicReading? {
        token.readings.first { r in
            Self.isDual(token.keyScalars[r.stemStart...], of: nouns, nominativeOnly: nominativeOnly)
        }
    }

    /// Whether `stem` is the dual of one of `singulars`, or, with the suffix ان, of one of
    /// `nominativeOnly`.
    static func isDual(
        _ stem: ArraySlice<Unicode.Scalar>, of singulars: ArabicWordSet,
        nominativeOnly: ArabicWordSet = ArabicWordSet([])
    ) -> Bool {
        guard let dual = split(stem) else { return false }
        return dual.singulars.contains { singulars.contains($0) || (dual.nominative && nominativeOnly.contains($0)) }
    }

    /// The singulars a word would have if it were a dual (شاحنتين → شاحنة, شاحنت; يومين → يوم)
    /// and whether its suffix is the nominative ان.
    static func split(_ s: ArraySlice<Unicode.Scalar>) -> (singulars: [ArabicWordKey], nominative: Bool)? {
        guard s.count >= 4, s.last == "\u{0646}" else { return nil }  // ends in ن
        let vowel = s[s.endIndex - 2]
        guard vowel == "\u{0627}" || vowel == "\u{064A}" else { return nil }  // ا or ي
        var singulars: [ArabicWordKey] = []
        let base = s.dropLast(2)
        if base.last == "\u{062A}", let k = ArabicWordKey(base.dropLast() + ["\u{0647}"]) {  // ت: restore ة (keyed ه)
            singulars.append(k)
        }
        if let k = ArabicWordKey(base) { singulars.append(k) }
        return (singulars, vowel == "\u{0627}")
    }
}
