/// A word, digit run or symbol of the normalized text, with its scalar offsets.
struct TextToken: Sendable {
    enum Kind: Sendable {
        /// Arabic letters (with their marks).
        case arabic
        /// Latin letters.
        case latin
        /// ASCII digits (after digit folding).
        case digits
        /// One other scalar: punctuation, a symbol.
        case symbol
        /// A URL, handle or hashtag chunk: nothing is recognised inside it.
        case opaque
    }

    var kind: Kind
    /// Offsets into the normalized text, in Unicode scalars, end exclusive.
    var start: Int
    var end: Int
    /// Latin: lowercased; digits and symbols: as written; Arabic: empty (see keyScalars).
    var key: String
    /// Arabic only: the ArabicKey form as scalars, which readings point into.
    var keyScalars: [Unicode.Scalar] = []
    /// Arabic only: the ways of reading the word with and without its clitics.
    var readings: [ArabicReading] = []

    /// The packed key of the whole Arabic word, with nothing stripped.
    var arabicKey: ArabicWordKey? { kind == .arabic ? readings.first?.stem : nil }
}

/// One reading of an Arabic word: conjunction (و، ف) and preposition (ب، ل، ك) stripped or
/// not, article (ال) stripped or not.
struct ArabicReading: Sendable {
    /// The packed key without clitics and article; nil when the stem is too long for any table.
    var stem: ArabicWordKey?
    /// Where the stem starts in the token's `keyScalars`; it runs to the end.
    var stemStart: Int
    var hasConjunction: Bool
    var hasPreposition: Bool
    var hasArticle: Bool
    /// Where a mention of this word starts: after the conjunction and preposition, at the article.
    var spanStart: Int

    var hasClitic: Bool { hasConjunction || hasPreposition }
}
