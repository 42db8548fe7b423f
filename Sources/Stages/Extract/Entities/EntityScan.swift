/// A text and its words, with the small questions name patterns ask about them.
struct EntityScan {
    let text: ScalarText
    let words: [Range<Int>]

    /// The `WordKey` of word `k` (made on demand: only words near a trigger need one).
    func key(_ k: Int) -> String { WordKey.key(words[k], in: text) }

    /// Whether only inline spaces stand between two positions.
    func isClear(from a: Int, to b: Int) -> Bool {
        (a..<max(a, b)).allSatisfy { text[$0].isInlineSpace }
    }

    /// Whether word `k + 1` follows word `k` with only spaces between.
    func nextIsClear(_ k: Int) -> Bool {
        k + 1 < words.count && isClear(from: words[k].upperBound, to: words[k + 1].lowerBound)
    }

    /// A quote that opens right after word `k` (spaces allowed) and closes on the same line
    /// within `maxWords` words: the words inside and the range inside the marks.
    func quote(after k: Int, maxWords: Int = 6) -> (first: Int, last: Int, inner: Range<Int>)? {
        guard k + 1 < words.count else { return nil }
        let gap = words[k].upperBound..<words[k + 1].lowerBound
        guard let open = gap.first(where: { text[$0].isOpeningQuote && text[$0] != "'" }),
            gap.allSatisfy({ $0 == open || text[$0].isInlineSpace })
        else { return nil }
        return quote(openingAt: open, firstWord: k + 1, maxWords: maxWords)
    }

    /// The quote around word `k` when an opening quote stands right before it.
    func quote(startingAt k: Int, maxWords: Int = 6) -> (first: Int, last: Int, inner: Range<Int>)? {
        let open = words[k].lowerBound - 1
        guard let s = text.at(open), s.isOpeningQuote, s != "'" else { return nil }
        return quote(openingAt: open, firstWord: k, maxWords: maxWords)
    }

    private func quote(openingAt open: Int, firstWord: Int, maxWords: Int) -> (first: Int, last: Int, inner: Range<Int>)? {
        var last = firstWord
        while true {
            let end = words[last].upperBound
            if let s = text.at(end), s.isClosingQuote, s != "'" || text[open] == "'" {
                return (firstWord, last, words[firstWord].lowerBound..<end)
            }
            guard last + 1 < words.count, last - firstWord + 1 < maxWords,
                isClear(from: end, to: words[last + 1].lowerBound)
            else { return nil }
            last += 1
        }
    }

    /// Whether word `k` carries the article (ال…).
    func isDefinite(_ k: Int) -> Bool {
        let key = key(k)
        return key.count > 3 && key.hasPrefix("ال")
    }

    /// Whether word `k` starts with an Arabic letter.
    func isArabic(_ k: Int) -> Bool {
        let v = text[words[k].lowerBound].value
        return v >= 0x0620 && v <= 0x06FF
    }

    /// Words `first…last` as a name, the first one from `start` on (past its clitics), with
    /// one space between words.
    func name(_ first: Int, from start: Int, through last: Int) -> String {
        (first...last).map { text.string(($0 == first ? start : words[$0].lowerBound)..<words[$0].upperBound) }
            .joined(separator: " ")
    }
}
