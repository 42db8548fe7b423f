/// Cuts a sentence where it changes script for good: an English page title run into Urdu text,
/// with no stop between them, is two sentences, each labelled by itself. A stretch of one script
/// counts only with `minWords` words and `minLetters` letters or more, so that a name, a term or an
/// acronym inside a sentence does not cut it.
enum ScriptSplitter {
    static let minLetters = 12
    static let minWords = 3

    private enum Script { case latin, arabic, other }

    /// The pieces of `range` in `scalars` (a sentence of SentenceSegmenter): `[range]` itself unless
    /// it holds long stretches of two scripts. Pieces hold every non-space scalar of the range.
    static func pieces(_ scalars: [UInt32], _ range: Range<Int>) -> [Range<Int>] {
        var counts = (latin: 0, arabic: 0, other: 0)
        for v in scalars[range] {
            switch LetterClass.of(v) {
            case .latin: counts.latin += 1
            case .arabic: counts.arabic += 1
            case .otherLetter: counts.other += 1
            default: break
            }
        }
        let long = [counts.latin, counts.arabic, counts.other].filter { $0 >= minLetters }.count
        guard long >= 2 else { return [range] }

        // Word chunks with their main script; chunks without letters join the stretch before them.
        var stretches: [(range: Range<Int>, script: Script?, letters: Int, words: Int)] = []
        var i = range.lowerBound
        while i < range.upperBound {
            while i < range.upperBound, LanguageIdentifier.isSpace(scalars[i]) { i += 1 }
            guard i < range.upperBound else { break }
            var j = i
            var c = (latin: 0, arabic: 0, other: 0)
            while j < range.upperBound, !LanguageIdentifier.isSpace(scalars[j]) {
                switch LetterClass.of(scalars[j]) {
                case .latin: c.latin += 1
                case .arabic: c.arabic += 1
                case .otherLetter: c.other += 1
                default: break
                }
                j += 1
            }
            let letters = c.latin + c.arabic + c.other
            let script: Script? = letters == 0 ? nil
                : c.latin >= max(c.arabic, c.other) ? .latin : (c.arabic >= c.other ? .arabic : .other)
            let words = letters > 0 ? 1 : 0
            if let last = stretches.last, script == nil || last.script == nil || last.script == script {
                stretches[stretches.count - 1] = (last.range.lowerBound..<j, last.script ?? script, last.letters + letters,
                                                  last.words + words)
            } else {
                stretches.append((i..<j, script, letters, words))
            }
            i = j
        }
        // Cut before each long stretch whose script differs from that of the last long one; short
        // stretches (a name, a term) stay with the text before them.
        var pieces: [Range<Int>] = []
        var current: Range<Int>? = nil
        var currentScript: Script? = nil
        for stretch in stretches {
            let long = stretch.letters >= minLetters && stretch.words >= minWords
            if long, let script = currentScript, script != stretch.script, let piece = current {
                pieces.append(piece)
                current = stretch.range
                currentScript = stretch.script
            } else {
                current = current.map { $0.lowerBound..<stretch.range.upperBound } ?? stretch.range
                if long, currentScript == nil { currentScript = stretch.script }
            }
        }
        if let current { pieces.append(current) }
        return pieces
    }
}
