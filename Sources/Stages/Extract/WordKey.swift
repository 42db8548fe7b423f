/// The form under which words are compared with word lists: Latin letters lowercased, Arabic
/// diacritics and tatweel dropped, and the letters that spelling varies on folded (أ إ آ ٱ to
/// ا, ى to ي, ة to ه), so that "نقلاً" matches "نقلا" and "إلى" matches "الى".
enum WordKey {
    static func key(_ range: Range<Int>, in text: ScalarText) -> String {
        key(text.scalars[range])
    }

    static func key(_ word: String) -> String {
        key(Array(word.unicodeScalars)[...])
    }

    static func key(_ scalars: ArraySlice<Unicode.Scalar>) -> String {
        var out = String.UnicodeScalarView()
        for s in scalars where !s.isArabicMark { out.append(folded(s)) }
        return String(out)
    }

    /// The key of a word as scalars, for comparing in place with `matches`.
    static func scalars(_ word: String) -> [Unicode.Scalar] {
        word.unicodeScalars.filter { !$0.isArabicMark }.map(folded)
    }

    /// Whether the word at `range`, its first `skipping` letters left out, has the key `key`.
    /// Compares scalar by scalar without building a String: cue matching runs on every word.
    static func matches(_ range: Range<Int>, in text: ScalarText, skipping: Int = 0, key: [Unicode.Scalar]) -> Bool {
        var skipped = 0
        var k = 0
        for i in range where !text[i].isArabicMark {
            if skipped < skipping {
                skipped += 1
                continue
            }
            guard k < key.count, folded(text[i]) == key[k] else { return false }
            k += 1
        }
        return k == key.count && skipped == skipping
    }

    private static func folded(_ s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0x0623, 0x0625, 0x0622, 0x0671: return "\u{0627}"
        case 0x0649: return "\u{064A}"
        case 0x0629: return "\u{0647}"
        default: return s.asciiLowercased
        }
    }

    /// Keys of a word list.
    static func keys<S: Sequence>(_ words: S) -> Set<String> where S.Element == String {
        Set(words.map { key($0) })
    }
}
