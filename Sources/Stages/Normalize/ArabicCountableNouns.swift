/// Common countable nouns whose dual ("شاحنتين", "شخصان") the dual recognizer reads as the
/// number 2. Singular forms; feminine ones end in ة (the dual suffix تان/تين replaces it).
///
/// The list is what makes the dual rule safe: "سوريين" (plural adjective), "الذين" and
/// "اثنين" end in ين too, but their stems are not here.
enum ArabicCountableNouns {
    /// Nouns whose dual is read in every case: تان/ان and تين/ين.
    static let words: ArabicWordSet = ArabicKey.set([
        // people (plurals that are not ون/ين)
        "شخص", "رجل", "امرأة", "طفل", "ولد", "شاب", "فتاة", "جندي", "عنصر", "ضابط", "قتيل", "جريح", "سجين",
        "أسير", "وزير", "نائب", "قائد", "طالب", "شقيق", "شقيقة", "طبيب", "حارس",
        // time
        "يوم", "أسبوع", "شهر", "عام", "سنة", "ساعة", "دقيقة", "ليلة", "مرة", "جولة", "مرحلة",
        // weapons, vehicles, attacks
        "قذيفة", "صاروخ", "طائرة", "شاحنة", "سيارة", "دبابة", "مدرعة", "عربة", "حافلة", "سفينة", "قارب", "عبوة",
        "غارة", "هجوم", "انفجار", "عملية", "هدف",
        // places and bodies
        "منزل", "بيت", "مبنى", "قرية", "مدينة", "دولة", "بلد", "حي", "شارع", "مخيم", "سجن", "مستشفى", "مدرسة",
        "حزب", "فريق", "طرف", "شركة", "منظمة", "صحيفة", "مباراة", "نقطة",
        // measures
        "متر", "كيلومتر", "دولار",
    ])

    /// Nouns with a sound masculine plural: their ين form is also the plural ("مقاتلين" is
    /// "fighters" far more often than "two fighters"), so only the ان dual counts.
    static let nominativeOnly: ArabicWordSet = ArabicKey.set([
        "مقاتل", "مسلح", "مدني", "مواطن", "مسؤول", "معتقل", "صحفي", "مراسل", "لاعب", "شرطي", "موظف", "عامل",
    ])
}
