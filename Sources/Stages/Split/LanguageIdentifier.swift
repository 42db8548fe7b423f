import Foundation

/// A language label for a piece of text, with how sure it is and how many letters it saw.
struct LanguageGuess: Sendable, Equatable {
    var language: Language
    var confidence: Double
    var letters: Int
}

/// Labels text ar, en or other. The script decides first (letters of neither Arabic nor Latin
/// script are other); within a script the hashed-feature model of LanguageModel weighs every
/// word, so English must be recognised as English (French, Turkish or Zulu do not default to
/// it) and Arabic as Arabic (not Persian, Urdu or Kurdish).
///
/// Hashtags, @handles and links are not prose: they count only when nothing else is there, and
/// then with no letters, so that the text takes a neighbour's language.
struct LanguageIdentifier: Sendable {
    let model: LanguageModel
    /// Lower case of scalars below U+0250, from Unicode's own mapping (as Python's str.lower).
    let lower: [UInt32]
    /// Logit taken from Arabic for each run of Persian digits (۰–۹), which Arabic does not use.
    let persianDigitWeight = 1.5
    /// Share of a Latin-script text's words (at least half) that must be frequent English words to be
    /// English: the model alone picks the nearest language it knows, and Welsh or Latin are
    /// nearer English than French is.
    let englishWordShare = 0.5
    /// Latin text with more accented letters than this share is not English (a name or two is).
    let accentShare = 0.1
    /// Latin words other than names (capitalised after the first) that a text needs for only they
    /// to count.
    let commonWords = 3

    init(model: LanguageModel) {
        self.model = model
        lower = (0..<0x250).map { v -> UInt32 in
            let mapped = Unicode.Scalar(UInt32(v))!.properties.lowercaseMapping.unicodeScalars
            return mapped.count == 1 ? mapped.first!.value : UInt32(v)
        }
    }

    func identify(_ text: String) -> LanguageGuess {
        let scalars = text.unicodeScalars.map(\.value)
        return identify(scalars[...])
    }

    func identify(_ scalars: ArraySlice<UInt32>) -> LanguageGuess {
        var evidence = TextEvidence()
        var markup = TextEvidence()
        model.weights.withUnsafeBufferPointer { weights in
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: max(scalars.count, 1)) { word in
                var chunkStart = scalars.startIndex
                var i = scalars.startIndex
                while i <= scalars.endIndex {
                    if i == scalars.endIndex || Self.isSpace(scalars[i]) {
                        if chunkStart < i {
                            let chunk = scalars[chunkStart..<i]
                            if Self.isMarkup(chunk) {
                                scan(chunk, weights: weights, word: word, into: &markup)
                            } else {
                                scan(chunk, weights: weights, word: word, into: &evidence)
                            }
                        }
                        chunkStart = i + 1
                    }
                    i += 1
                }
            }
        }
        if evidence.letters == 0 {
            var guess = decide(markup)
            guess.letters = 0
            return guess
        }
        return decide(evidence)
    }

    private func decide(_ e: TextEvidence) -> LanguageGuess {
        guard e.letters > 0 else { return LanguageGuess(language: .other, confidence: 0, letters: 0) }
        if e.otherLetters > e.arabicLetters + e.latinLetters {
            return LanguageGuess(language: .other, confidence: Self.rounded(Double(e.otherLetters) / Double(e.letters)),
                                 letters: e.letters)
        }
        if e.arabicLetters >= e.latinLetters {
            let penalty = persianDigitWeight * Double(min(e.persianDigitRuns, 4))
            var logit = model.arabicBias + model.arabicScale * Double(e.arabicSum) - penalty
            // One letter never decides alone: some Arabic text writes ک or ی. In a text of three
            // words or more, a single such letter is read as its Arabic twin and the rest decides.
            if logit < 0, e.distinctiveLetters == 1, e.persianDigitRuns == 0, e.joiners == 0, e.arabicWords >= 3 {
                let folded = model.arabicBias + model.arabicScale * Double(e.arabicSum - e.distinctiveWordSum + e.foldedWordSum)
                if folded > 0 { logit = folded }
            }
            return guess(.ar, logit: logit, letters: e.letters)
        }
        // Names (capitalised words after the first) belong to no language: a Welsh or Irish
        // sentence about Hamilton's First Play is not English. Without enough other words (a
        // title in title case) every word counts.
        let t = e.commonLatin.words >= commonWords ? e.commonLatin : e.latin
        var english = guess(.en, logit: model.englishBias + model.englishScale * Double(t.englishSum), letters: e.letters)
        // Short words (a, i, o, y, de, la) are shared by many languages: count words of three
        // letters or more when there are any.
        let share = t.longWords > 0
            ? Double(t.englishLongWords) / Double(t.longWords)
            : Double(t.englishWords) / Double(max(t.words, 1))
        let accented = e.accentedLatin >= 2 && Double(e.accentedLatin) > accentShare * Double(e.latinLetters)
        // In one or two words an unknown word is half the text: there every word must be known.
        let unknownInShortText = e.latin.words <= 2 && e.latin.englishWords < e.latin.words
        if english.language == .en, share < englishWordShare || accented || unknownInShortText {
            english = LanguageGuess(language: .other, confidence: Self.rounded(max(0.5, 1 - share)), letters: e.letters)
        }
        return english
    }

    private func guess(_ language: Language, logit: Double, letters: Int) -> LanguageGuess {
        let p = 1 / (1 + exp(-max(-40, min(40, logit))))
        return p > 0.5
            ? LanguageGuess(language: language, confidence: Self.rounded(p), letters: letters)
            : LanguageGuess(language: .other, confidence: Self.rounded(1 - p), letters: letters)
    }

    /// Counts the letters of one whitespace-delimited chunk and adds its words' weights.
    /// `word` is scratch space at least as long as the chunk.
    private func scan(_ chunk: ArraySlice<UInt32>, weights: UnsafeBufferPointer<Int8>, word: UnsafeMutableBufferPointer<UInt32>,
                      into e: inout TextEvidence) {
        var length = 0
        var wordScript = LetterClass.separator
        var distinctive = 0
        var capitalised = false
        func flush() {
            // Apostrophes and joiners at the edges are not part of the word.
            var lo = 0
            var hi = length
            while lo < hi, word[lo] == LanguageFeatures.apostrophe || word[lo] == LanguageFeatures.zwnj { lo += 1 }
            while hi > lo, word[hi - 1] == LanguageFeatures.apostrophe || word[hi - 1] == LanguageFeatures.zwnj { hi -= 1 }
            defer { length = 0; wordScript = .separator; distinctive = 0; capitalised = false }
            guard lo < hi, wordScript != .separator else { return }
            let column = wordScript == .latin ? 0 : 1
            var sum = 0
            LanguageFeatures.forEachSlot(of: UnsafeBufferPointer(rebasing: word[lo..<hi]), bits: model.bits) {
                sum += Int(weights[$0 &* 2 &+ column])
            }
            if column == 0 {
                let long = hi - lo >= 3
                let english = model.isEnglishWord(hash: LanguageFeatures.wordHash(UnsafeBufferPointer(rebasing: word[lo..<hi])))
                if !capitalised || e.latin.words == 0 { e.commonLatin.add(sum: sum, long: long, english: english) }
                e.latin.add(sum: sum, long: long, english: english)
            } else {
                e.arabicSum += sum
                e.arabicWords += 1
                if distinctive == 1, e.distinctiveLetters == 1 {
                    e.distinctiveWordSum = sum
                    e.foldedWordSum = 0
                    for k in lo..<hi { word[k] = ScriptLetters.arabicTwin(of: word[k]) }
                    LanguageFeatures.forEachSlot(of: UnsafeBufferPointer(rebasing: word[lo..<hi]), bits: model.bits) {
                        e.foldedWordSum += Int(weights[$0 &* 2 &+ 1])
                    }
                }
            }
        }
        var previous = LetterClass.separator
        for v in chunk {
            let kind = LetterClass.of(v)
            switch kind {
            case .latin, .arabic:
                if kind == .latin {
                    e.latinLetters += 1
                    if v >= 0x80 { e.accentedLatin += 1 }
                } else {
                    e.arabicLetters += 1
                }
                if kind == .arabic, ScriptLetters.isNonArabic(v) {
                    e.distinctiveLetters += 1
                    distinctive += 1
                }
                if wordScript == .separator {
                    wordScript = kind
                    capitalised = v < 0x250 && lower[Int(v)] != v
                }
                word[length] = v < 0x250 ? lower[Int(v)] : v
                length += 1
            case .apostrophe, .joiner:
                if kind == .joiner { e.joiners += 1 }
                if length > 0 {
                    word[length] = kind == .joiner ? LanguageFeatures.zwnj : LanguageFeatures.apostrophe
                    length += 1
                }
            case .ignored:
                if (0x300...0x36F).contains(v) { e.accentedLatin += 1 }
            case .persianDigit:
                if previous != .persianDigit { e.persianDigitRuns += 1 }
                if length > 0 { flush() }
            case .otherLetter:
                e.otherLetters += 1
                if length > 0 { flush() }
            case .separator:
                if length > 0 { flush() }
            }
            if kind != .ignored { previous = kind }
        }
        if length > 0 { flush() }
    }

    static func isSpace(_ v: UInt32) -> Bool {
        v == 0x20 || (0x09...0x0D).contains(v) || v == 0xA0 || v == 0x2028 || v == 0x2029 || v == 0x3000
            || (0x2000...0x200A).contains(v) || v == 0x202F || v == 0x205F || v == 0x1680 || v == 0x85
    }

    private static let www: [UInt32] = [0x77, 0x77, 0x77, 0x2E]
    private static let picTwitter: [UInt32] = Array("pic.twitter.com".unicodeScalars.map(\.value))

    static func isMarkup(_ chunk: ArraySlice<UInt32>) -> Bool {
        guard let first = chunk.first else { return false }
        if first == 0x23 || first == 0x40 || first == 0xFF03 { return true }  // # @ ＃
        if chunk.starts(with: www) || chunk.starts(with: picTwitter) { return true }
        var i = chunk.startIndex
        while i + 2 < chunk.endIndex {
            if chunk[i] == 0x3A, chunk[i + 1] == 0x2F, chunk[i + 2] == 0x2F { return true }  // ://
            i += 1
        }
        return false
    }

    static func rounded(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
}
