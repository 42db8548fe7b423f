/// Gives sentences too short to judge the language of their neighbours: a hashtag line or a
/// number between two Arabic paragraphs is part of the Arabic text. Then a short sentence
/// alone in a block of another language (a name, a slogan) takes that language.
struct LabelSmoother {
    let minLetters: Int
    let islandLetters: Int

    /// `blocks[i]` is the block index of sentence `i`, so that islands stay within one block.
    func labels(for guesses: [LanguageGuess], blocks: [Int]) -> [Language] {
        let decisive = guesses.map { $0.letters >= minLetters }
        // When nothing is long enough to judge, every sentence speaks for itself.
        guard decisive.contains(true) else { return guesses.map(\.language) }
        let known: [Language?] = zip(guesses, decisive).map { $1 ? $0.language : nil }
        var labels = known
        for i in labels.indices where labels[i] == nil {
            let before = known[..<i].last { $0 != nil } ?? nil
            let after = known[(i + 1)...].first { $0 != nil } ?? nil
            // Prefer the neighbour whose language the short sentence itself leans to (a hashtag
            // line before an English tweet); otherwise the one before, or after at the start.
            if let after, after == guesses[i].language, before != guesses[i].language {
                labels[i] = after
            } else {
                labels[i] = before ?? after
            }
        }
        var result = labels.map { $0 ?? .other }
        for i in result.indices where guesses[i].letters < islandLetters {
            guard i > 0, i + 1 < result.count, blocks[i - 1] == blocks[i], blocks[i + 1] == blocks[i] else { continue }
            if result[i - 1] == result[i + 1], result[i] != result[i - 1] { result[i] = result[i - 1] }
        }
        return result
    }
}
