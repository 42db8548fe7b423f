/// A language label for a piece of text, with how sure it is and how many letters it saw.
struct LanguageGuess: Sendable, Equatable {
    var language: Language
    var confidence: Double
    var letters: Int
}

/// Labels text ar, en or other from its script, then from evidence within the script:
/// letters Arabic lacks (Persian, Urdu, Kurdish) against Arabic letters and function words;
/// English function words against those of other Latin-script languages.
struct LanguageIdentifier: Sendable {
    /// Hashtags, @handles and links are not prose: they count only when nothing else is there,
    /// and then as a hint with no letters, so that the block takes a neighbour's language.
    func identify(_ text: String) -> LanguageGuess {
        let prose = text.split(whereSeparator: \.isWhitespace).filter { !Self.isMarkup($0) }
        if prose.count < text.split(whereSeparator: \.isWhitespace).count {
            var guess = identifyProse(prose.joined(separator: " "))
            if guess.letters == 0 {
                guess = identifyProse(text)
                guess.letters = 0
            }
            return guess
        }
        return identifyProse(text)
    }

    static func isMarkup(_ token: Substring) -> Bool {
        token.hasPrefix("#") || token.hasPrefix("@") || token.contains("://") || token.hasPrefix("www.")
            || token.hasPrefix("pic.twitter.com")
    }

    private func identifyProse(_ text: String) -> LanguageGuess {
        var counts = ScriptCounts()
        for scalar in text.unicodeScalars { counts.add(scalar) }
        let letters = counts.arabicScript + counts.latin + counts.otherLetters
        guard letters > 0 else { return LanguageGuess(language: .other, confidence: 0, letters: 0) }
        if counts.otherLetters > counts.arabicScript + counts.latin {
            return LanguageGuess(language: .other, confidence: share(counts.otherLetters, of: letters), letters: letters)
        }
        let words = LanguageMarkers.words(of: text)
        if counts.arabicScript >= counts.latin {
            return arabicScript(counts, words: words, letters: letters)
        }
        return latinScript(counts, words: words, letters: letters)
    }

    private func arabicScript(_ counts: ScriptCounts, words: [Substring], letters: Int) -> LanguageGuess {
        var arabicWords = 0
        var otherWords = 0
        for word in words {
            if LanguageMarkers.arabic.contains(word) { arabicWords += 1 }
            if LanguageMarkers.arabicScriptOther.contains(word) { otherWords += 1 }
        }
        // One letter never decides alone: some Arabic text writes ک or ی.
        let otherScore = Double(counts.nonArabicLetters) + 3 * Double(otherWords) + 2 * Double(counts.persianMarks)
        let arabicScore = Double(counts.arabicOnlyLetters) + 3 * Double(arabicWords)
        let isArabic = otherScore <= max(1.0, arabicScore * 0.5)
        let total = max(otherScore + arabicScore, 1)
        let confidence = isArabic ? min(1, 0.6 + 0.4 * arabicScore / total) : min(1, 0.6 + 0.4 * otherScore / total)
        return LanguageGuess(language: isArabic ? .ar : .other, confidence: rounded(confidence), letters: letters)
    }

    private func latinScript(_ counts: ScriptCounts, words: [Substring], letters: Int) -> LanguageGuess {
        var english = 0
        var other = 0
        for word in words {
            let lower = word.lowercased()
            if LanguageMarkers.english.contains(lower) { english += 1 }
            if LanguageMarkers.latinOther.contains(lower) { other += 1 }
        }
        let accentPenalty = Double(counts.latinAccented) / Double(max(counts.latin, 1)) * 20
        let englishScore = Double(english)
        let otherScore = Double(other) + accentPenalty
        if englishScore == 0, otherScore == 0 {
            // No evidence either way: short names, hashtags, headlines. English is the usual case.
            return LanguageGuess(language: .en, confidence: 0.5, letters: letters)
        }
        let isEnglish = englishScore >= otherScore
        let total = englishScore + otherScore
        let confidence = 0.5 + 0.5 * (isEnglish ? englishScore : otherScore) / total
        return LanguageGuess(language: isEnglish ? .en : .other, confidence: rounded(confidence), letters: letters)
    }

    private func share(_ part: Int, of whole: Int) -> Double { rounded(Double(part) / Double(max(whole, 1))) }
    private func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}

/// Letter counts by script, and the letters that tell Arabic from its neighbours.
struct ScriptCounts {
    var arabicScript = 0
    var latin = 0
    var latinAccented = 0
    var otherLetters = 0
    /// پ چ ژ گ ک ی ۀ ے ٹ ڈ ڑ ں ھ ە ێ ۆ ڵ ڕ: letters of Persian, Urdu, Kurdish, Pashto.
    var nonArabicLetters = 0
    /// ة ى أ إ ي ؤ ئ: letters Arabic uses and its neighbours rarely do.
    var arabicOnlyLetters = 0
    /// The zero-width non-joiner and Persian digits.
    var persianMarks = 0

    static let nonArabic: Set<UInt32> = [
        0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC, 0x06C0, 0x06D2, 0x0679, 0x0688, 0x0691, 0x06BA,
        0x06BE, 0x06D5, 0x06CE, 0x06C6, 0x06B5, 0x0695, 0x06C7, 0x06CB, 0x0685, 0x0681, 0x0693, 0x069A, 0x06BC,
    ]
    static let arabicOnly: Set<UInt32> = [0x0629, 0x0649, 0x0623, 0x0625, 0x064A, 0x0624, 0x0626]

    mutating func add(_ scalar: Unicode.Scalar) {
        let v = scalar.value
        switch v {
        case 0x0041...0x005A, 0x0061...0x007A:
            latin += 1
        case 0x00C0...0x024F where v != 0x00D7 && v != 0x00F7:
            latin += 1
            latinAccented += 1
        case 0x0621...0x064A, 0x066E...0x06D5, 0x06EE...0x06FF, 0x0750...0x077F, 0xFB50...0xFDFF, 0xFE70...0xFEFC:
            if (0x06F0...0x06F9).contains(v) {
                persianMarks += 1
                return
            }
            arabicScript += 1
            if Self.nonArabic.contains(v) { nonArabicLetters += 1 }
            if Self.arabicOnly.contains(v) { arabicOnlyLetters += 1 }
        case 0x200C:
            persianMarks += 1
        default:
            if scalar.properties.isAlphabetic, !(0x064B...0x065F).contains(v), v != 0x0670 { otherLetters += 1 }
        }
    }
}
