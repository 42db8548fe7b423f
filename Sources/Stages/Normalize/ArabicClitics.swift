/// The readings of an Arabic word with its proclitics: a conjunction (و، ف), then a
/// preposition (ب، ل، ك), then the article (ال, written ل after the preposition ل: للشاحنتين).
///
/// Readings come with the fewest stripped letters first, so "واحد" reads as واحد before و+احد.
/// The first reading is always the whole word.
enum ArabicClitics {
    private static let waw: Unicode.Scalar = "\u{0648}"
    private static let fa: Unicode.Scalar = "\u{0641}"
    private static let ba: Unicode.Scalar = "\u{0628}"
    private static let lam: Unicode.Scalar = "\u{0644}"
    private static let kaf: Unicode.Scalar = "\u{0643}"
    private static let alef: Unicode.Scalar = "\u{0627}"

    /// - Parameters:
    ///   - key: the word's key scalars (ArabicKey form).
    ///   - offset: the text offset of the n-th key scalar.
    static func readings(_ key: [Unicode.Scalar], offset: (Int) -> Int) -> [ArabicReading] {
        guard !key.isEmpty else { return [] }
        var out: [ArabicReading] = []
        out.reserveCapacity(4)
        out.append(reading(key, from: 0, spanStart: offset(0), conj: false, prep: false, article: false))
        let hasConjunction = key[0] == waw || key[0] == fa
        for c in 0...(hasConjunction ? 1 : 0) {
            let hasPreposition = c < key.count && (key[c] == ba || key[c] == lam || key[c] == kaf)
            for p in c...(hasPreposition ? c + 1 : c) {
                let rest = key.count - p
                guard rest >= 2 else { continue }
                let conj = c > 0
                let prep = p > c
                if conj || prep {
                    out.append(reading(key, from: p, spanStart: offset(p), conj: conj, prep: prep, article: false))
                }
                if rest > 3, key[p] == alef, key[p + 1] == lam {
                    out.append(reading(key, from: p + 2, spanStart: offset(p), conj: conj, prep: prep, article: true))
                } else if prep, key[p - 1] == lam, key[p] == lam, rest > 2 {
                    out.append(
                        reading(key, from: p + 1, spanStart: offset(p + 1), conj: conj, prep: prep, article: true))
                }
            }
        }
        return out
    }

    private static func reading(
        _ key: [Unicode.Scalar], from start: Int, spanStart: Int, conj: Bool, prep: Bool, article: Bool
    ) -> ArabicReading {
        ArabicReading(
            stem: ArabicWordKey(key[start...]), stemStart: start, hasConjunction: conj, hasPreposition: prep,
            hasArticle: article, spanStart: spanStart)
    }
}
