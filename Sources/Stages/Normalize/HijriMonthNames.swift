/// Hijri month names with their common spellings: محرم … ذو الحجة (ربيع الأول/الآخر،
/// جمادى الأولى/الآخرة، ذو/ذي القعدة). One- and two-word names.
enum HijriMonthNames {
    static let oneWord: ArabicWordTable<Int> = ArabicKey.table([
        ("محرم", 1), ("صفر", 2), ("رجب", 7), ("شعبان", 8), ("رمضان", 9), ("شوال", 10),
    ])

    static let twoWord: ArabicWordTable<ArabicWordTable<Int>> = ArabicKey.table([
        ("ربيع", ArabicKey.table([("الأول", 3), ("أول", 3), ("الثاني", 4), ("ثاني", 4), ("الآخر", 4), ("آخر", 4)])),
        ("جمادى", jumada), ("جمادي", jumada),
        ("ذو", dhu), ("ذي", dhu), ("ذا", dhu),
    ])

    private static let jumada = ArabicKey.table([
        ("الأولى", 5), ("الأول", 5), ("أولى", 5), ("الثانية", 6), ("الثاني", 6), ("الآخرة", 6), ("آخرة", 6),
    ])
    private static let dhu = ArabicKey.table([("القعدة", 11), ("الحجة", 12)])

    /// Names that are also common words or given names (صفر "zero", رجب، رمضان، شعبان):
    /// they need a day, a year or شهر.
    static let ambiguous = ArabicKey.set(["صفر", "رجب", "رمضان", "شعبان", "محرم"])

    /// The Hijri month at token i (clitics allowed on the first word, no article).
    static func month(at i: Int, in text: TokenizedText) -> MonthNames.Match? {
        if let (second, reading) = text.arabic(i, in: twoWord, .indefinite) {
            guard i + 1 < text.count, let key = text[i + 1].arabicKey, let m = second[key] else { return nil }
            return MonthNames.Match(month: m, start: reading.spanStart, end: text[i + 1].end, next: i + 2, ambiguous: false)
        }
        guard let (m, reading) = text.arabic(i, in: oneWord, .indefinite) else { return nil }
        return MonthNames.Match(
            month: m, start: reading.spanStart, end: text[i].end, next: i + 1,
            ambiguous: reading.stem.map(ambiguous.contains) == true)
    }
}
