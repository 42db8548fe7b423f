/// Built-in word lists of the extract stage, written plainly; callers compare `WordKey` keys.
enum FunctionWords {
    /// Words that never count as the noun after a number: prepositions, conjunctions,
    /// particles, pronouns and articles ("12 في المئة", "3 of them", "5 and 6").
    static let notCountedNouns: [String] = arabicFunctionWords + englishFunctionWords

    static let arabicFunctionWords = [
        "في", "من", "على", "إلى", "عن", "و", "أو", "أم", "ثم", "ف", "مع", "منذ", "حتى", "بين", "عند", "لدى",
        "خلال", "بعد", "قبل", "نحو", "حول", "ضد", "دون", "عبر", "أن", "إن", "أنه", "أنها", "ما", "لا", "لم",
        "لن", "قد", "هو", "هي", "هم", "هن", "هذا", "هذه", "ذلك", "تلك", "التي", "الذي", "الذين", "كل",
        "كما", "لكن", "بل", "إذا", "إذ", "حيث", "فيما", "بينما", "وفي", "ومن", "وعلى", "وإلى", "فقط",
        "أي", "أيضا", "مقابل", "بنحو", "بحوالي",
    ]

    static let englishFunctionWords = [
        "of", "in", "the", "and", "a", "an", "on", "at", "to", "for", "from", "by", "with", "or", "nor",
        "but", "as", "than", "that", "this", "these", "those", "is", "are", "was", "were", "be", "been",
        "it", "its", "he", "she", "they", "them", "we", "you", "i", "his", "her", "their", "our", "into",
        "after", "before", "since", "until", "during", "over", "under", "about", "against", "between",
        "who", "which", "when", "while", "where", "if", "so", "not", "no", "also", "per", "out", "up",
    ]

    /// Words that end an attribution's source: the source is over once the clause goes on
    /// ("بحسب مسؤول أن ...", "according to officials who ...", "حسب الصحيفة التي ...").
    static let sourceEnders = [
        "أن", "إن", "بأن", "فإن", "لأن", "وأن", "أنه", "أنها", "أنهم", "إنه", "إنها", "بأنه", "بأنها",
        "الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي", "عن", "قد", "لقد", "وقد", "فقد",
        "ثم", "حيث", "بينما", "كما", "فيما", "لكن", "ولكن", "إذ", "حين", "عندما", "لم", "لن", "لا", "ما",
        "و", "ف",
        "that", "who", "which", "whom", "whose", "said", "says", "say", "told", "tells", "reported",
        "reports", "is", "was", "were", "are", "has", "have", "had", "on", "at", "when", "while", "after",
        "before", "since", "as", "but", "because", "if", "there", "it", "this", "these",
    ]

    /// Words that may not end a source cut short by the word limit ("a statement from the").
    static let sourceTrailers = arabicFunctionWords + englishFunctionWords

    /// Spellings of the numeral two: a number annotation with one of these as its surface is
    /// a numeral before a noun, not a dual noun.
    static let two = ["اثنان", "اثنين", "اثنتان", "اثنتين", "واثنان", "واثنين", "two", "Two"]

    /// Scale words a number annotation may stop short of ("260 ألف مقاتل"): the value is
    /// multiplied and the counted noun is the word after the scale word.
    static let scales: [String: Double] = [
        "ألف": 1e3, "آلاف": 1e3, "ألفا": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليونا": 1e6,
        "مليار": 1e9, "مليارات": 1e9, "مليارا": 1e9, "بليون": 1e9,
        "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    ]
}
