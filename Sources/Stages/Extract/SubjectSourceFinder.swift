/// Sources named before their verb: "مصادر إعلامية من شرق سورية أشارت …" (Arabic: a source
/// noun, its adjectives, then a reporting verb within a few words of the same sentence) and
/// "Officials said …", "a UN spokesman told …", "…,” said the minister" (English).
struct SubjectSourceFinder: Sendable {
    let maxSourceWords: Int
    /// Looked up by hash on every word, so that only candidates build a key string.
    private let starters = TriggerTable<Bool>(
        ["مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "شهود", "ناشطون", "ناشطين", "مراسل", "متحدث", "ناطق"].map {
            ($0, true)
        } + ["said", "says", "told", "tells"].map { ($0, false) })
    private let verbs = WordKey.keys(AttributionCue.reportingVerbs + ["أشار", "أشارت", "رجح", "رجحت", "بين", "بينت"])
    private let notSources = WordKey.keys(
        FunctionWords.sourceEnders + FunctionWords.sourceTrailers + ["he", "she", "they", "we", "i", "you", "it"])

    func attributions(in text: ScalarText, words: [Range<Int>], barriers: SortedRanges) -> [Attribution] {
        let scan = AttributionExtractor.Scan(text: text, words: words)
        var found: [Attribution] = []
        var word = FoldedWord()
        for w in words.indices {
            word.load(words[w], in: text)
            guard let (arabic, letter) = starters.lookup(word), letter <= 1 else { continue }
            if !arabic, let a = english(verb: w, key: scan.key(w), in: scan, barriers: barriers) {
                found.append(a)
            } else if arabic, let a = self.arabic(noun: w, in: scan, barriers: barriers) {
                found.append(a)
            }
        }
        return found
    }

    private static func withoutConjunction(_ key: String) -> String {
        guard key.count > 3, let c = key.first, c == "و" || c == "ف" else { return key }
        return String(key.dropFirst())
    }

    /// The noun and the words after it up to a preposition, then a reporting verb.
    private func arabic(noun w: Int, in scan: AttributionExtractor.Scan, barriers: SortedRanges) -> Attribution? {
        var last = w
        var k = w + 1
        var verb: Int?
        while k < scan.words.count, k - w <= maxSourceWords + 3,
            scan.isClear(from: scan.words[k - 1].upperBound, to: scan.words[k].lowerBound, quotesAllowed: true),
            !barriers.overlaps(scan.words[k])
        {
            let key = scan.key(k)
            if verbs.contains(Self.withoutConjunction(key)) {
                verb = k
                break
            }
            if last == k - 1, k - w < maxSourceWords, !notSources.contains(key), !key.hasPrefix("ب") || key.hasPrefix("بال") {
                last = k
            }
            k += 1
        }
        guard let verb else { return nil }
        var start = scan.words[w].lowerBound
        let key = scan.key(w)
        if key != Self.withoutConjunction(key) { start += 1 }
        return Attribution(cue: scan.text.string(scan.words[verb]), source: scan.text.span(start..<scan.words[last].upperBound))
    }

    /// "X said" (X: up to `maxSourceWords` words before the verb on the same clause), or
    /// "…,” said X" when a quote or comma stands right before the verb.
    private func english(verb w: Int, key: String, in scan: AttributionExtractor.Scan, barriers: SortedRanges) -> Attribution? {
        var first = w
        while first > 0, w - first < maxSourceWords,
            scan.isClear(from: scan.words[first - 1].upperBound, to: scan.words[first].lowerBound),
            !notSources.contains(scan.key(first - 1)), !barriers.overlaps(scan.words[first - 1]),
            !scan.text[scan.words[first - 1].lowerBound].isASCIIDigit
        {
            first -= 1
        }
        if first < w {
            while first > 0, ["the", "a", "an"].contains(scan.key(first - 1)),
                scan.isClear(from: scan.words[first - 1].upperBound, to: scan.words[first].lowerBound)
            {
                first -= 1
            }
            return Attribution(cue: key, source: scan.text.span(scan.words[first].lowerBound..<scan.words[w - 1].upperBound))
        }
        guard w > 0, key == "said" || key == "says" else { return nil }
        let gap = scan.words[w - 1].upperBound..<scan.words[w].lowerBound
        guard gap.contains(where: { scan.text[$0] == "," || scan.text[$0].isClosingQuote }) else { return nil }
        var last = w
        while last + 1 < scan.words.count, last - w < maxSourceWords,
            scan.isClear(from: scan.words[last].upperBound, to: scan.words[last + 1].lowerBound),
            !["on", "in", "at", "that", "who", "after", "while"].contains(scan.key(last + 1))
        {
            last += 1
        }
        guard last > w else { return nil }
        return Attribution(cue: key, source: scan.text.span(scan.words[w + 1].lowerBound..<scan.words[last].upperBound))
    }
}
