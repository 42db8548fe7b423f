/// Pairs each number annotation with the noun it counts: "260 مقاتلاً", "12 people", and the
/// Arabic dual "شاحنتين" (value 2), where the number is the noun itself.
struct QuantityExtractor: Sendable {
    private let notNouns: Set<String>
    private let twoKeys = WordKey.keys(FunctionWords.two)
    private let scales: [String: Double]
    private let qualifiers = QuantityQualifiers()

    /// `extraStopWords` are added to the built-in words that never count as nouns.
    init(extraStopWords: [String]) {
        notNouns = WordKey.keys(FunctionWords.notCountedNouns + extraStopWords)
        scales = Dictionary(uniqueKeysWithValues: FunctionWords.scales.map { (WordKey.key($0.key), $0.value) })
    }

    /// One quantity per number annotation outside `excluded` (dates, times, links, tags), in
    /// text order. The noun is nil when no countable word follows the number. Two numbers that
    /// make a range ("بين 10 و15 قتيلاً") give one quantity with `upper`.
    func quantities(in text: ScalarText, annotations: [Annotation], excluded: SortedRanges) -> [Quantity] {
        let numbers = annotations.filter { $0.kind == .number }.sorted { $0.start < $1.start }
        let numberRanges = SortedRanges(numbers.map { $0.start..<$0.end })
        var result: [Quantity] = []
        var i = 0
        while i < numbers.count {
            let a = numbers[i]
            i += 1
            let range = a.start..<a.end
            guard let value = a.value.number, !range.isEmpty, !excluded.overlaps(range) else { continue }
            if isDual(range, value: value, in: text) {
                let noun = text.string(range)
                result.append(Quantity(value: value, noun: noun, base: NounBase.base(of: noun), span: text.span(range)))
                continue
            }
            var start = range.lowerBound
            var upper: Double?
            var end = range.upperBound
            if i < numbers.count, let b = numbers[i].value.number, !excluded.overlaps(numbers[i].start..<numbers[i].end),
                let from = QuantityRange.join(range, numbers[i].start..<numbers[i].end, in: text)
            {
                (start, upper, end) = (from, b, numbers[i].end)
                i += 1
            }
            var quantity = (value: value, upper: upper, end: end)
            var noun = nextWord(in: text, after: quantity.end)
            if let scaleWord = noun, let scale = scales[WordKey.key(scaleWord, in: text)] {
                quantity = (value * scale, upper.map { $0 * scale }, scaleWord.upperBound)
                noun = nextWord(in: text, after: quantity.end)
            }
            // A function word, or a word inside a date, a link or another number, counts nothing.
            if let n = noun, notNouns.contains(WordKey.key(n, in: text)) { noun = nil }
            if let n = noun, excluded.overlaps(n) || numberRanges.overlaps(n) { noun = nil }
            let hedge = qualifiers.qualifier(before: start, in: text)
            if let hedge { start = hedge.start }
            let nounText = noun.map { text.string($0) }
            result.append(
                Quantity(
                    value: quantity.value, upper: quantity.upper, noun: nounText, base: nounText.map(NounBase.base),
                    qualifier: hedge?.0, span: text.span(start..<(noun?.upperBound ?? quantity.end))))
        }
        return result
    }

    /// A dual: value 2 written as one word that is not the numeral "two" itself.
    private func isDual(_ range: Range<Int>, value: Double, in text: ScalarText) -> Bool {
        value == 2 && range.allSatisfy { text[$0].isWordLetter }
            && !twoKeys.contains(WordKey.key(range, in: text))
    }

    /// The word after `position`, past spaces within the line, if it starts with a letter.
    private func nextWord(in text: ScalarText, after position: Int) -> Range<Int>? {
        var i = position
        while let s = text.at(i), s.isInlineSpace { i += 1 }
        guard let first = text.at(i), first.isWordLetter, !first.isArabicMark else { return nil }
        return WordScanner.word(in: text, at: i)
    }
}
