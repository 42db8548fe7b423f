/// Words and their hashed features, exactly as scripts/build_langid_model.py computes them:
/// the whole word, and its character 1- to 4-grams with begin and end marks. Change both together.
enum LanguageFeatures {
    static let prime: UInt32 = 16_777_619
    static let ngramSeeds: [UInt32] = [0x811C_9DC5, 0x050C_5D1F, 0x1B87_3593, 0x5BD1_E995]
    static let wordSeed: UInt32 = 0x3C6E_F372
    static let begin: UInt32 = 0x02
    static let end: UInt32 = 0x03
    static let zwnj: UInt32 = 0x200C
    static let apostrophe: UInt32 = 0x27

    @inline(__always) static func mix(_ h: UInt32, _ c: UInt32) -> UInt32 { (h ^ c) &* prime }

    @inline(__always) static func wordHash(_ word: UnsafeBufferPointer<UInt32>) -> UInt32 {
        var h = wordSeed
        for c in word { h = mix(h, c) }
        return h
    }

    /// Calls `body` with the slot of each feature of `word` (folded scalars, no marks).
    @inline(__always)
    static func forEachSlot(of word: UnsafeBufferPointer<UInt32>, bits: Int, _ body: (Int) -> Void) {
        let shift = UInt32(32 - bits)
        @inline(__always) func slot(_ h: UInt32) -> Int { Int((h &* 0x9E37_79B1) >> shift) }
        body(slot(wordHash(word)))
        let count = word.count + 2
        @inline(__always) func at(_ i: Int) -> UInt32 { i == 0 ? begin : (i == count - 1 ? end : word[i - 1]) }
        for n in 1...4 {
            let seed = ngramSeeds[n - 1]
            var i = 0
            while i + n <= count {
                if n == 1, i == 0 || i == count - 1 {
                    i += 1
                    continue
                }
                var h = seed
                for k in 0..<n { h = mix(h, at(i + k)) }
                body(slot(h))
                i += 1
            }
        }
    }
}

/// How a scalar counts for language identification.
enum LetterClass {
    case latin, arabic, otherLetter, joiner, apostrophe, ignored, persianDigit, separator

    static func of(_ v: UInt32) -> LetterClass {
        switch v {
        case 0x41...0x5A, 0x61...0x7A, 0x1E00...0x1EFF: return .latin
        case 0xC0...0x24F: return v == 0xD7 || v == 0xF7 ? .separator : .latin
        case 0x27, 0x2019: return .apostrophe
        case 0x64B...0x65F, 0x670, 0x640, 0x300...0x36F: return .ignored
        case 0x621...0x63F, 0x641...0x64A, 0x66E...0x66F, 0x671...0x6D3, 0x6D5, 0x6EE...0x6EF, 0x6FA...0x6FF,
             0x750...0x77F, 0x8A0...0x8FF:
            return .arabic
        case 0x6F0...0x6F9: return .persianDigit
        case 0x200C: return .joiner
        case 0..<0x80, 0x2000...0x206F, 0x3000...0x303F, 0xFE00...0xFE0F, 0x1F000...0x1FAFF: return .separator
        // The common letters of other scripts, without a look-up in Unicode's tables: Greek,
        // Cyrillic, Armenian, Hebrew, Indic, Thai, Georgian, kana, CJK, Hangul.
        case 0x370...0x3FF, 0x400...0x52F, 0x531...0x587, 0x5D0...0x5EA, 0x900...0xDFF, 0xE00...0xE7F,
             0x10A0...0x10FF, 0x3040...0x30FF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
            return .otherLetter
        default:
            guard let scalar = Unicode.Scalar(v) else { return .separator }
            return scalar.properties.isAlphabetic ? .otherLetter : .separator
        }
    }
}
