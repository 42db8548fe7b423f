/// Finds "according to X" phrases: a cue (`AttributionCue`) and the source after it.
///
/// The source runs from the first word after the cue until punctuation, a line break, a word
/// that starts a clause (أن، التي، that, said…), a date or link, or `maxSourceWords` words;
/// trailing function words are then dropped. A source that opens with a quote is the quoted
/// phrase ("نقلاً عن “مصدر أمني” لم تسمه" gives مصدر أمني). Arabic sources also end where a
/// definite noun phrase is followed by a bare word (`ArabicPhrase`): "وحسب الصحيفة الناطقة باسم
/// التنظيم خسرت" gives الصحيفة الناطقة باسم التنظيم.
struct AttributionExtractor: Sendable {
    let maxSourceWords: Int
    private let cues = AttributionCue.all
    private let enders = WordKey.keys(FunctionWords.sourceEnders)
    private let trailers = WordKey.keys(FunctionWords.sourceTrailers)
    /// Words of time and manner that may follow a reporting verb before its subject, when
    /// normalize has not marked them as dates ("أشارت أمس الخميس").
    private let adverbs = WordKey.keys(["أمس", "اليوم", "غدا", "الآن", "صباح", "مساء", "سابقا", "أيضا", "مؤخرا", "لاحقا"])
    private let phrase = ArabicPhrase()
    /// The cues' first words, bare or with a glued و/ف, by hash: most words are no cue's start,
    /// and one lookup says so before any cue is compared.
    private let cueStarts = TriggerTable<Bool>(AttributionCue.all.map { (String(String.UnicodeScalarView($0.keys[0])), true) })

    init(maxSourceWords: Int) {
        self.maxSourceWords = maxSourceWords
    }

    /// Attributions in text order. `words` are the text's words (`WordScanner.words`);
    /// a source never runs into `barriers` (dates, times, links).
    func attributions(in text: ScalarText, words: [Range<Int>], barriers: SortedRanges) -> [Attribution] {
        let scan = Scan(text: text, words: words)
        var result: [Attribution] = []
        var word = FoldedWord()
        var w = 0
        while w < words.count {
            guard let (cue, next) = matchCue(at: w, in: scan, scratch: &word) else {
                w += 1
                continue
            }
            if let found = source(from: next, cue: cue, in: scan, barriers: barriers) {
                let attribution = Attribution(cue: cue.name, source: text.span(found.range))
                result.append(attribution)
                w = found.lastWord + 1
                if cue.isVerb, let relayed = relayedSource(after: found.lastWord, in: scan, barriers: barriers) {
                    var second = Attribution(cue: cue.name + " عن", source: text.span(relayed.range))
                    second.via = attribution.source.text
                    result.append(second)
                    w = relayed.lastWord + 1
                }
            } else {
                w = next
            }
        }
        return result
    }

    /// The text with its words, as one value to pass around.
    struct Scan {
        let text: ScalarText
        let words: [Range<Int>]

        /// The `WordKey` of word `k`, made on demand: only words near a cue need one.
        func key(_ k: Int) -> String { WordKey.key(words[k], in: text) }

        /// Whether only spaces (and, if allowed, quotes) stand between two positions on one line.
        func isClear(from a: Int, to b: Int, quotesAllowed: Bool = false) -> Bool {
            (a..<max(a, b)).allSatisfy {
                text[$0].isInlineSpace || (quotesAllowed && (text[$0].isOpeningQuote || text[$0].isClosingQuote))
            }
        }
    }

    /// The cue starting at word `w` and the index of the word after it.
    private func matchCue(at w: Int, in scan: Scan, scratch word: inout FoldedWord) -> (AttributionCue, Int)? {
        // Most words cannot start a cue: one hash lookup before comparing.
        word.load(scan.words[w], in: scan.text)
        guard let (_, letter) = cueStarts.lookup(word), letter <= 1 else { return nil }
        for cue in cues where w + cue.keys.count <= scan.words.count && cue.matchesFirst(scan.words[w], in: scan.text) {
            let rest = 1..<cue.keys.count
            if rest.allSatisfy({
                cue.matches($0, scan.words[w + $0], in: scan.text)
                    && scan.isClear(from: scan.words[w + $0 - 1].upperBound, to: scan.words[w + $0].lowerBound)
            }) {
                return (cue, w + cue.keys.count)
            }
        }
        return nil
    }

    /// The source after a cue whose last word is `next - 1`.
    private func source(
        from next: Int, cue: AttributionCue, in scan: Scan, barriers: SortedRanges
    ) -> (range: Range<Int>, lastWord: Int)? {
        guard let lead = SourceLead.find(after: next, cue: cue, in: scan) else { return nil }
        let j = lead.firstWord
        if let quoted = quotedSource(lead: lead, in: scan) { return quoted }
        var last = j
        var definite = phrase.isDefinite(scan.key(j))
        guard !enders.contains(scan.key(j)), !barriers.overlaps(scan.words[j]) else { return nil }
        if cue.isVerb {
            // A verb's subject opens with a content word: "ذكرت في بيان" has no source.
            let key = scan.key(j)
            guard !trailers.contains(key), !adverbs.contains(key), !phrase.isPrepositional(key),
                !scan.text[scan.words[j].lowerBound].isASCIIDigit
            else { return nil }
        }
        var k = j + 1
        while k < scan.words.count, k - j < maxSourceWords {
            let word = scan.words[k]
            let key = scan.key(k)
            guard scan.isClear(from: scan.words[k - 1].upperBound, to: word.lowerBound, quotesAllowed: true),
                !enders.contains(key), !barriers.overlaps(word), !scan.text[word.lowerBound].isASCIIDigit
            else { break }
            if phrase.isArabic(scan.text[word.lowerBound]) {
                guard phrase.continues(afterDefinite: definite, key: key) else { break }
                definite = phrase.nextState(afterDefinite: definite, key: key)
            }
            last = k
            k += 1
        }
        while last > j, trailers.contains(scan.key(last)) { last -= 1 }
        guard !trailers.contains(scan.key(j)) || last > j else { return nil }
        let end = closingQuoteEnd(lead.start..<scan.words[last].upperBound, in: scan.text)
        return (lead.start..<end, last)
    }

    /// "… عن مصادر": whom a reporting verb's subject relays, when عن follows the subject.
    private func relayedSource(
        after last: Int, in scan: Scan, barriers: SortedRanges
    ) -> (range: Range<Int>, lastWord: Int)? {
        let k = last + 1
        guard k + 1 < scan.words.count, scan.key(k) == "عن",
            scan.isClear(from: scan.words[last].upperBound, to: scan.words[k].lowerBound, quotesAllowed: true)
        else { return nil }
        return source(from: k + 1, cue: Self.relayCue, in: scan, barriers: barriers)
    }

    private static let relayCue = AttributionCue("عن", clitics: [], isVerb: true)

    /// For a source that opens with a quote: the quoted phrase, if it closes on the same line
    /// within a few words.
    private func quotedSource(lead: SourceLead, in scan: Scan) -> (range: Range<Int>, lastWord: Int)? {
        guard let open = lead.openingQuote else { return nil }
        let closers = Self.closers(of: scan.text[open])
        var close = open + 1
        while let s = scan.text.at(close), !s.isLineBreak, !closers.contains(s), close - open < 120 { close += 1 }
        guard let s = scan.text.at(close), closers.contains(s) else { return nil }
        var last = lead.firstWord
        while last + 1 < scan.words.count, scan.words[last + 1].upperBound <= close { last += 1 }
        guard scan.words[last].upperBound <= close, last - lead.firstWord < 2 * maxSourceWords else { return nil }
        return (lead.start..<scan.words[last].upperBound, last)
    }

    /// The marks that close a quote opened by `open`.
    private static func closers(of open: Unicode.Scalar) -> [Unicode.Scalar] {
        switch open {
        case "\u{00AB}": return ["\u{00BB}"]
        case "\u{201E}": return ["\u{201C}", "\u{201D}"]
        default: return ["\u{201D}", "\""]
        }
    }

    /// Takes in a closing quote whose opening quote is inside the source ("مصادر “الحياة”").
    private func closingQuoteEnd(_ range: Range<Int>, in text: ScalarText) -> Int {
        let opens = range.filter { text[$0] == "\u{201C}" || text[$0] == "\u{00AB}" }.count
        let closes = range.filter { text[$0] == "\u{201D}" || text[$0] == "\u{00BB}" }.count
        if opens > closes, let next = text.at(range.upperBound), next == "\u{201D}" || next == "\u{00BB}" {
            return range.upperBound + 1
        }
        return range.upperBound
    }
}
