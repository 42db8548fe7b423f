/// Where an attribution's source starts, past what may stand between it and the cue: the
/// preposition لـ ("وفقاً لـ الوزارة", "وفقاً لوزارة": the source starts after the glued ل),
/// and "ما" with its verb ("حسب ما ذكرت الوكالة", "حسبما أفادت به", "وفقاً لما نشرته").
struct SourceLead {
    /// Index of the source's first word.
    let firstWord: Int
    /// Scalar offset of the source's start (inside the first word when ل is glued to it).
    let start: Int
    /// Offset of the quote that opens the source, if it opens with one.
    let openingQuote: Int?

    /// Pronoun-carrying prepositions that may follow the verb ("أفادت به الوكالة").
    private static let afterVerb = WordKey.keys(["به", "بها", "له", "لها"])

    static func find(after next: Int, cue: AttributionCue, in scan: AttributionExtractor.Scan) -> SourceLead? {
        var j = next
        var prevEnd = scan.words[next - 1].upperBound
        func skipWord() -> Bool {
            guard j < scan.words.count, scan.isClear(from: prevEnd, to: scan.words[j].lowerBound) else { return false }
            prevEnd = scan.words[j].upperBound
            j += 1
            return true
        }
        var skipsVerb = cue.verbFollows
        if cue.takesLam, j < scan.words.count, scan.isClear(from: prevEnd, to: scan.words[j].lowerBound) {
            let key = scan.key(j)
            if key == "ل" {
                _ = skipWord()
            } else if key == "لما" {
                _ = skipWord()
                skipsVerb = true
            } else if key.count > 1, key.hasPrefix("ل"), !key.hasPrefix("لل") {
                var start = scan.words[j].lowerBound + 1
                while start < scan.words[j].upperBound, scan.text[start].isArabicMark { start += 1 }
                return SourceLead(firstWord: j, start: start, openingQuote: nil)
            }
        }
        if !skipsVerb, j < scan.words.count, scan.key(j) == "ما", skipWord() { skipsVerb = true }
        if skipsVerb {
            guard skipWord() else { return nil }
            if j < scan.words.count, afterVerb.contains(scan.key(j)) { _ = skipWord() }
        }
        guard j < scan.words.count,
            scan.isClear(from: prevEnd, to: scan.words[j].lowerBound, quotesAllowed: true)
        else { return nil }
        let quote = (prevEnd..<scan.words[j].lowerBound).first {
            scan.text[$0].isOpeningQuote && scan.text[$0] != "'" && scan.text[$0] != "\u{2018}"
        }
        return SourceLead(firstWord: j, start: scan.words[j].lowerBound, openingQuote: quote)
    }
}
