/// Month names: Arabic (Egyptian/Gulf, Levantine/Iraqi, Algerian/Tunisian and Moroccan
/// series) keyed by ArabicKey, and English names and abbreviations, lowercased.
enum MonthNames {
    /// A month name found in the text.
    struct Match: Sendable, Equatable {
        var month: Int
        /// Scalar offsets of the name.
        var start: Int
        var end: Int
        /// The token after the name.
        var next: Int
        /// Whether the name is also a common word (مارس "he practised", آب "father", May),
        /// so that it needs a day, a year or a cue to be read as a month.
        var ambiguous: Bool
    }

    static let arabic: ArabicWordTable<Int> = ArabicKey.table([
        // Egyptian and Gulf
        ("يناير", 1), ("فبراير", 2), ("مارس", 3), ("أبريل", 4), ("إبريل", 4), ("مايو", 5), ("يونيو", 6), ("يونيه", 6),
        ("يوليو", 7), ("يوليه", 7), ("أغسطس", 8), ("سبتمبر", 9), ("أكتوبر", 10), ("نوفمبر", 11), ("ديسمبر", 12),
        // Levantine and Iraqi (كانون and تشرين take a second word: `arabicTwoWord`)
        ("شباط", 2), ("آذار", 3), ("نيسان", 4), ("أيار", 5), ("حزيران", 6), ("تموز", 7), ("آب", 8), ("أيلول", 9),
        // Algerian and Tunisian
        ("جانفي", 1), ("فيفري", 2), ("أفريل", 4), ("ماي", 5), ("جوان", 6), ("جويلية", 7), ("أوت", 8),
        // Moroccan
        ("يوليوز", 7), ("غشت", 8), ("شتنبر", 9), ("نونبر", 11), ("دجنبر", 12),
    ])

    /// كانون الثاني (1), كانون الأول (12), تشرين الأول (10), تشرين الثاني (11).
    static let arabicTwoWord: ArabicWordTable<ArabicWordTable<Int>> = ArabicKey.table([
        ("كانون", ArabicKey.table([("الثاني", 1), ("ثاني", 1), ("الأول", 12), ("أول", 12)])),
        ("تشرين", ArabicKey.table([("الأول", 10), ("أول", 10), ("الثاني", 11), ("ثاني", 11)])),
    ])

    static let arabicAmbiguous: ArabicWordSet = ArabicKey.set(["مارس", "ماي", "آب", "أوت"])

    static let english: [String: Int] = {
        let names = [
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december",
        ]
        var table: [String: Int] = [:]
        for (n, name) in names.enumerated() { table[name] = n + 1 }
        for (name, n) in englishAbbreviations { table[name] = n }
        return table
    }()

    static let englishAbbreviations: [String: Int] = [
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
        "nov": 11, "dec": 12,
    ]

    /// The Arabic month name at token i (one or two words; clitics allowed, no article).
    static func arabicMonth(at i: Int, in text: TokenizedText) -> Match? {
        if let (second, reading) = text.arabic(i, in: arabicTwoWord, .indefinite) {
            guard i + 1 < text.count, let key = text[i + 1].arabicKey, let m = second[key] else { return nil }
            return Match(month: m, start: reading.spanStart, end: text[i + 1].end, next: i + 2, ambiguous: false)
        }
        guard let (m, reading) = text.arabic(i, in: arabic, .indefinite) else { return nil }
        return Match(
            month: m, start: reading.spanStart, end: text[i].end, next: i + 1,
            ambiguous: reading.stem.map(arabicAmbiguous.contains) == true)
    }

    /// The English month name at token i, with the period of an abbreviation ("Jan.").
    static func englishMonth(at i: Int, in text: TokenizedText) -> Match? {
        guard let word = text.latin(i), let m = english[word] else { return nil }
        let abbreviated = englishAbbreviations[word] != nil
        var end = text[i].end
        var next = i + 1
        if abbreviated, text.isSymbol(i + 1, "."), text.adjacent(i) {
            end = text[i + 1].end
            next = i + 2
        }
        return Match(
            month: m, start: text[i].start, end: end, next: next,
            ambiguous: word == "may" || word == "march" || abbreviated)
    }
}
