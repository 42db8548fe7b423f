/// Where the sentences of a text end: at ! ? ؟ ؛ and line breaks, and at a dot that is
/// followed by a space, a quote or the end of the text (so "3.5" and "pic.twitter.com" go on).
struct SentenceBounds {
    /// Index just past each sentence end, ascending.
    private let ends: [Int]
    private let text: ScalarText

    init(_ text: ScalarText) {
        self.text = text
        var ends: [Int] = []
        for i in 0..<text.count where Self.endsSentence(text, at: i) {
            ends.append(i + 1)
        }
        self.ends = ends
    }

    /// The sentence around `range`, trimmed of spaces, keeping its final punctuation.
    func sentence(containing range: Range<Int>) -> Span {
        // Sentence start: just past the last end at or before range.lowerBound.
        var start = 0
        if let k = lastIndex(atOrBefore: range.lowerBound) { start = ends[k] }
        var end = text.count
        if let k = firstIndex(after: max(range.upperBound, range.lowerBound + 1) - 1) { end = ends[k] }
        while start < end, text[start].isSpace { start += 1 }
        while end > start, text[end - 1].isSpace { end -= 1 }
        return text.span(start..<end)
    }

    private static func endsSentence(_ text: ScalarText, at i: Int) -> Bool {
        let s = text[i]
        switch s {
        case "!", "?", "\u{061F}", "\u{061B}": return true
        case ".":
            guard let next = text.at(i + 1) else { return true }
            return next.isSpace || next.isClosingQuote
        default:
            return s.isLineBreak
        }
    }

    /// Index in `ends` of the last end that is <= position.
    private func lastIndex(atOrBefore position: Int) -> Int? {
        var lo = 0
        var hi = ends.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo > 0 ? lo - 1 : nil
    }

    /// Index in `ends` of the first end that is > position (the end of the sentence holding it).
    private func firstIndex(after position: Int) -> Int? {
        var lo = 0
        var hi = ends.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ends[mid] <= position { lo = mid + 1 } else { hi = mid }
        }
        return lo < ends.count ? lo : nil
    }
}
