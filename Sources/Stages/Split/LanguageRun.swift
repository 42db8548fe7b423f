/// Adjacent sentences of one block with one label: a stretch of a part's text.
struct LanguageRun {
    let block: Int
    /// Scalar offsets into the block's text, end exclusive.
    let range: Range<Int>
    let language: Language
    let confidence: Double
    let letters: Int

    /// Merges labelled sentences (in article order) into runs. A sentence whose own guess
    /// differs from its label counts with confidence 0.5.
    static func runs(sentences: [(block: Int, range: Range<Int>, guess: LanguageGuess)], labels: [Language]) -> [LanguageRun] {
        var runs: [LanguageRun] = []
        var i = 0
        while i < sentences.count {
            var j = i
            var weighted = 0.0
            var letters = 0
            while j < sentences.count, sentences[j].block == sentences[i].block, labels[j] == labels[i] {
                let guess = sentences[j].guess
                let weight = max(guess.letters, 1)
                weighted += (guess.language == labels[i] ? guess.confidence : 0.5) * Double(weight)
                letters += weight
                j += 1
            }
            runs.append(LanguageRun(
                block: sentences[i].block, range: sentences[i].range.lowerBound..<sentences[j - 1].range.upperBound,
                language: labels[i], confidence: LanguageIdentifier.rounded(weighted / Double(letters)), letters: letters))
            i = j
        }
        return runs
    }
}
