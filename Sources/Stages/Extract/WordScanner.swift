/// Finds words in scalar text: runs of letters, marks and digits, with a hyphen, apostrophe
/// or dot kept inside a word when word characters stand on both sides ("Al-Nabaa", "U.N").
enum WordScanner {
    /// The word that starts exactly at `index`, if one does.
    static func word(in text: ScalarText, at index: Int) -> Range<Int>? {
        guard let first = text.at(index), first.isWordCharacter else { return nil }
        var end = index + 1
        while let s = text.at(end) {
            if s.isWordCharacter {
                end += 1
            } else if isJoiner(s), let next = text.at(end + 1), next.isWordCharacter {
                end += 2
            } else {
                break
            }
        }
        return index..<end
    }

    /// Every word of the text, in order.
    static func words(in text: ScalarText) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var i = 0
        while i < text.count {
            if let w = word(in: text, at: i), text.at(i - 1).map({ !$0.isWordCharacter }) ?? true {
                result.append(w)
                i = w.upperBound
            } else {
                i += 1
            }
        }
        return result
    }

    /// Whether the word holds at least one letter (so "2019" and "3.5" are not words for nouns).
    static func hasLetter(_ range: Range<Int>, in text: ScalarText) -> Bool {
        range.contains { text[$0].isWordLetter && !text[$0].isArabicMark }
    }

    private static func isJoiner(_ s: Unicode.Scalar) -> Bool {
        s == "-" || s == "'" || s == "\u{2019}" || s == "."
    }
}
