/// Names the language of text labelled `other`: the guess model of its main script (Latin or
/// Arabic) when its best language is likely enough, or the one language of a script only one
/// language here writes (Greek, Hebrew, Thai…). Nil for scripts of many languages (Cyrillic,
/// Devanagari) and for text the models do not know well enough.
extension LanguageIdentifier {
    /// Probability (one language against the rest) below which the guess model gives no guess:
    /// a language it was not trained on still scores best somewhere, but rarely this high.
    static let guessProbability = 0.5
    static let decided: Set<String> = ["en", "ar"]
    /// Words of one text whose weights the guess adds up: plenty for a guess, and few enough
    /// that the Int32 sums (at most 127 per feature) cannot overflow.
    static let guessWords = 50_000

    func guessLanguage(_ text: String) -> String? {
        let scalars = text.unicodeScalars.map(\.value)
        return guessLanguage(scalars[...])
    }

    func guessLanguage(_ scalars: ArraySlice<UInt32>) -> String? { guessLanguage(from: guessEvidence(scalars)) }

    /// The guess models' summed weights over the words of `scalars`, and its letters by script.
    func guessEvidence(_ scalars: ArraySlice<UInt32>) -> GuessEvidence {
        var latin = [Int32](repeating: 0, count: model.latinGuess.codes.count)
        var arabic = [Int32](repeating: 0, count: model.arabicGuess.codes.count)
        var letters = (latin: 0, arabic: 0, other: 0)
        var scripts: [String: Int] = [:]
        var word: [UInt32] = []
        var wordScript = LetterClass.separator
        var weighed = 0
        func flush() {
            while let last = word.last, last == LanguageFeatures.apostrophe || last == LanguageFeatures.zwnj {
                word.removeLast()
            }
            if !word.isEmpty, weighed < Self.guessWords {
                weighed += 1
                word.withUnsafeBufferPointer {
                    if wordScript == .latin {
                        model.latinGuess.add(word: $0, to: &latin)
                    } else {
                        model.arabicGuess.add(word: $0, to: &arabic)
                    }
                }
            }
            word.removeAll(keepingCapacity: true)
            wordScript = .separator
        }
        var chunkStart = scalars.startIndex
        for i in scalars.startIndex...scalars.endIndex where i == scalars.endIndex || Self.isSpace(scalars[i]) {
            defer { chunkStart = i + 1 }
            guard chunkStart < i, !Self.isMarkup(scalars[chunkStart..<i]) else { continue }
            for v in scalars[chunkStart..<i] {
                let kind = LetterClass.of(v)
                switch kind {
                case .latin, .arabic:
                    if kind == .latin { letters.latin += 1 } else { letters.arabic += 1 }
                    if wordScript != kind, !word.isEmpty { flush() }
                    wordScript = kind
                    word.append(v < 0x250 ? lower[Int(v)] : v)
                case .apostrophe, .joiner:
                    if !word.isEmpty { word.append(kind == .joiner ? LanguageFeatures.zwnj : LanguageFeatures.apostrophe) }
                case .ignored:
                    break
                case .otherLetter:
                    letters.other += 1
                    if let code = Self.scriptLanguage(v) { scripts[code, default: 0] += 1 }
                    if !word.isEmpty { flush() }
                case .persianDigit, .separator:
                    if !word.isEmpty { flush() }
                }
            }
            if !word.isEmpty { flush() }
        }
        return GuessEvidence(latin: latin, arabic: arabic, latinLetters: letters.latin, arabicLetters: letters.arabic,
                             otherLetters: letters.other, scripts: scripts)
    }

    func guessLanguage(from e: GuessEvidence) -> String? {
        var scripts = e.scripts
        let letters = (latin: e.latinLetters, arabic: e.arabicLetters, other: e.otherLetters)
        if letters.other > letters.latin + letters.arabic {
            // Han with kana is Japanese; Han alone, Chinese.
            if let kana = scripts["ja"], let han = scripts.removeValue(forKey: "zh") { scripts["ja"] = kana + han }
            // A script of one language, when it holds most of those letters.
            guard let (code, count) = scripts.max(by: { $0.value < $1.value }), 2 * count > letters.other else { return nil }
            return code
        }
        guard letters.latin + letters.arabic > 0 else { return nil }
        // Text labelled other was found not to be English or Arabic: the guess is among the rest.
        let best = letters.latin > letters.arabic
            ? model.latinGuess.best(e.latin, excluding: Self.decided) : model.arabicGuess.best(e.arabic, excluding: Self.decided)
        guard let best, best.probability >= Self.guessProbability else { return nil }
        return best.code
    }

    /// The language of a script that only one language of the web writes much.
    static func scriptLanguage(_ v: UInt32) -> String? {
        switch v {
        case 0x370...0x3FF: return "el"
        case 0x531...0x587: return "hy"
        case 0x5D0...0x5EA: return "he"
        case 0xA80...0xAFF: return "gu"
        case 0xA00...0xA7F: return "pa"
        case 0xB80...0xBFF: return "ta"
        case 0xC00...0xC7F: return "te"
        case 0xC80...0xCFF: return "kn"
        case 0xD00...0xD7F: return "ml"
        case 0xD80...0xDFF: return "si"
        case 0xE00...0xE7F: return "th"
        case 0x10A0...0x10FF: return "ka"
        case 0x3040...0x30FF: return "ja"
        case 0x4E00...0x9FFF: return "zh"
        case 0xAC00...0xD7A3: return "ko"
        default: return nil
        }
    }
}

/// What the guess models saw in a text; evidence of two texts adds up to that of both.
struct GuessEvidence {
    var latin: [Int32]
    var arabic: [Int32]
    var latinLetters: Int
    var arabicLetters: Int
    var otherLetters: Int
    /// Letters of scripts that name one language, by that language.
    var scripts: [String: Int]

    mutating func add(_ other: GuessEvidence) {
        // Saturating: a part of many huge runs keeps its ranking instead of wrapping around.
        for k in latin.indices { latin[k] = Self.clamped(Int64(latin[k]) + Int64(other.latin[k])) }
        for k in arabic.indices { arabic[k] = Self.clamped(Int64(arabic[k]) + Int64(other.arabic[k])) }
        latinLetters += other.latinLetters
        arabicLetters += other.arabicLetters
        otherLetters += other.otherLetters
        scripts.merge(other.scripts, uniquingKeysWith: +)
    }

    private static func clamped(_ v: Int64) -> Int32 { Int32(max(Int64(Int32.min), min(Int64(Int32.max), v))) }
}
