/// The normalized text as scalars and tokens: what every recognizer reads.
struct TokenizedText: Sendable {
    let scalars: [Unicode.Scalar]
    let tokens: [TextToken]

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        tokens = Tokenizer.tokenize(scalars)
    }

    var count: Int { tokens.count }

    subscript(_ i: Int) -> TextToken { tokens[i] }

    /// Whether token i exists and touches token i + 1 with no gap.
    func adjacent(_ i: Int) -> Bool {
        i >= 0 && i + 1 < tokens.count && tokens[i].end == tokens[i + 1].start
    }

    /// Whether token i exists and is the symbol `s`.
    func isSymbol(_ i: Int, _ s: String) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol && tokens[i].key == s
    }

    /// The symbol at i.
    func symbol(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && tokens[i].kind == .symbol ? tokens[i].key : nil
    }

    /// The lowercased word at i, when it is a Latin word.
    func latin(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && tokens[i].kind == .latin ? tokens[i].key : nil
    }

    /// The digit run at i.
    func digits(_ i: Int) -> String? {
        i >= 0 && i < tokens.count && tokens[i].kind == .digits ? tokens[i].key : nil
    }

    /// The first reading of the Arabic word at i that `rule` accepts and `table` holds.
    func arabic<Value>(_ i: Int, in table: ArabicWordTable<Value>, _ rule: ReadingRule) -> (Value, ArabicReading)? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .arabic else { return nil }
        for r in tokens[i].readings where rule.accepts(r) {
            if let stem = r.stem, let v = table[stem] { return (v, r) }
        }
        return nil
    }

    /// The first reading of the Arabic word at i that `rule` accepts and `words` holds.
    func arabic(_ i: Int, in words: ArabicWordSet, _ rule: ReadingRule) -> ArabicReading? {
        guard i >= 0, i < tokens.count, tokens[i].kind == .arabic else { return nil }
        return tokens[i].readings.first { r in rule.accepts(r) && r.stem.map(words.contains) == true }
    }

    /// Whether the Arabic word at i, as written (no clitic stripped), is one of `words`.
    func arabicWord(_ i: Int, in words: ArabicWordSet) -> Bool {
        i >= 0 && i < tokens.count && tokens[i].arabicKey.map(words.contains) == true
    }

    /// The text between two scalar offsets.
    func surface(_ start: Int, _ end: Int) -> String {
        String(String.UnicodeScalarView(scalars[start..<end]))
    }
}

/// Which clitics and article a table lookup accepts on an Arabic word.
struct ReadingRule: Sendable {
    enum Article: Sendable { case forbidden, optional, required }

    var article: Article
    var conjunction: Bool
    var preposition: Bool

    /// The word as it stands: no clitic, no article.
    static let bare = ReadingRule(article: .forbidden, conjunction: false, preposition: false)
    /// With the article, which the word needs (الخميس), and any clitic.
    static let definite = ReadingRule(article: .required, conjunction: true, preposition: true)
    /// With or without the article and any clitic.
    static let any = ReadingRule(article: .optional, conjunction: true, preposition: true)
    /// Without the article; with any clitic (وشباط، بأيار).
    static let indefinite = ReadingRule(article: .forbidden, conjunction: true, preposition: true)

    func accepts(_ r: ArabicReading) -> Bool {
        if r.hasConjunction && !conjunction { return false }
        if r.hasPreposition && !preposition { return false }
        switch article {
        case .forbidden: return !r.hasArticle
        case .optional: return true
        case .required: return r.hasArticle
        }
    }
}
