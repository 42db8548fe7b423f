/// Gives blocks too short to judge the language of their neighbours: a hashtag line or a
/// number between two Arabic paragraphs is part of the Arabic text.
struct LabelSmoother {
    let minLetters: Int

    func labels(for guesses: [LanguageGuess]) -> [Language] {
        let decisive = guesses.map { $0.letters >= minLetters }
        // When nothing is long enough to judge, every block speaks for itself.
        guard decisive.contains(true) else { return guesses.map(\.language) }
        let known: [Language?] = zip(guesses, decisive).map { $1 ? $0.language : nil }
        var labels = known
        for i in labels.indices where labels[i] == nil {
            let before = known[..<i].last { $0 != nil } ?? nil
            let after = known[(i + 1)...].first { $0 != nil } ?? nil
            // Prefer the neighbour whose language the short block itself leans to (a hashtag line
            // before an English tweet); otherwise the block before, or after at the start.
            if let after, after == guesses[i].language, before != guesses[i].language {
                labels[i] = after
            } else {
                labels[i] = before ?? after
            }
        }
        return labels.map { $0 ?? .other }
    }
}
