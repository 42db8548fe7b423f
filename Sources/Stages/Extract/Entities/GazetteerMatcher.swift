/// Finds gazetteer aliases in text, longest first, on word boundaries.
///
/// A word of text is looked up under its own hash and under the hashes it has once attached
/// clitics are taken off: و/ف, then ب/ل/ك, then (for aliases that lack it) the article ال;
/// "لل" counts as ل + ال ("للحسكة"). Latin words may carry a possessive ('s) or an al-/el-
/// prefix. Words after the first must follow with only spaces between.
struct GazetteerMatcher: Sendable {
    let gazetteer: Gazetteer

    /// A match: the entity's index and the scalar range of its name (clitics left out).
    struct Match {
        var entity: Int
        var range: Range<Int>
    }

    /// One way of reading the first word: where the name starts and how it hashes.
    private struct Reading {
        var hash: UInt64
        var start: Int
        /// The article was taken off (only aliases that lack one may match).
        var strippedArticle: Bool
    }

    private static let alef: UInt32 = 0x0627
    private static let lam: UInt32 = 0x0644
    private static let conjunctions: [UInt32] = [0x0648, 0x0641]  // و ف
    private static let prepositions: [UInt32] = [0x0628, 0x0644, 0x0643]  // ب ل ك

    func matches(in text: ScalarText, words: [Range<Int>], skipping excluded: SortedRanges) -> [Match] {
        var result: [Match] = []
        var first = FoldedWord()
        var next = FoldedWord()
        var readings: [Reading] = []
        var w = 0
        while w < words.count {
            first.load(words[w], in: text)
            Self.readings(of: first, into: &readings)
            var best: (match: Match, words: Int)?
            for reading in readings {
                guard let candidates = gazetteer.table[reading.hash] else { continue }
                for c in candidates where best == nil || c.rest.count + 1 > best!.words {
                    if reading.strippedArticle && !c.takesArticle { continue }
                    if c.acronym && !Self.isCapitalised(first, upTo: reading) { continue }
                    guard let end = follows(c.rest, after: w, in: text, words: words, scratch: &next) else { continue }
                    let range = reading.start..<end
                    if excluded.overlaps(range) { continue }
                    best = (Match(entity: Int(c.entity), range: range), c.rest.count + 1)
                }
            }
            if let best {
                result.append(best.match)
                w += best.words
            } else {
                w += 1
            }
        }
        return result
    }

    /// Whether the letters of the word are all capitals (for acronyms); the possessive
    /// ending, which `readings` took off, does not count.
    private static func isCapitalised(_ word: FoldedWord, upTo reading: Reading) -> Bool {
        var any = false
        for k in 0..<word.count where word.offsets[k] >= reading.start {
            let c = word.letters[k]
            if c == 0x27 { break }
            guard c >= 0x61 && c <= 0x7A else { continue }
            guard word.upper[k] else { return false }
            any = true
        }
        return any
    }

    /// The end of words `w+1…` when they hash to `rest`, nil otherwise.
    private func follows(
        _ rest: [UInt64], after w: Int, in text: ScalarText, words: [Range<Int>], scratch: inout FoldedWord
    ) -> Int? {
        guard w + rest.count < words.count else { return nil }
        var end = words[w].upperBound
        for (k, hash) in rest.enumerated() {
            let word = words[w + 1 + k]
            guard (end..<word.lowerBound).allSatisfy({ text[$0].isInlineSpace }) else { return nil }
            scratch.load(word, in: text)
            if scratch.hash(from: 0) != hash {
                // The last word may carry an English possessive: "Islamic State's".
                guard k == rest.count - 1, let cut = Self.possessiveCut(scratch),
                    scratch.hash(from: 0, to: cut) == hash
                else { return nil }
                end = scratch.offsets[cut]
                continue
            }
            end = word.upperBound
        }
        return end
    }

    /// Every reading of a word, bare first.
    private static func readings(of word: FoldedWord, into out: inout [Reading]) {
        out.removeAll(keepingCapacity: true)
        guard word.count > 0 else { return }
        let n = word.count
        out.append(Reading(hash: word.hash(from: 0), start: word.offsets[0], strippedArticle: false))
        let c0 = word.letters[0]
        if c0 < 0x80 {
            latinReadings(of: word, into: &out)
            return
        }
        guard c0 >= 0x0600 && c0 <= 0x06FF else { return }
        var k = 0
        if conjunctions.contains(word.letters[0]) && n > 2 { k = 1 }
        for start in Set([0, k]).sorted() {
            var s = start
            if s > 0 { out.append(Reading(hash: word.hash(from: s), start: word.offsets[s], strippedArticle: false)) }
            if s + 2 < n, prepositions.contains(word.letters[s]) {
                // "للحسكة": ل then the article with its alef dropped.
                if word.letters[s] == lam, word.letters[s + 1] == lam, s + 3 < n {
                    out.append(
                        Reading(hash: word.hash(from: s + 1, prefix: [alef]), start: word.offsets[s + 1], strippedArticle: false))
                    out.append(Reading(hash: word.hash(from: s + 2), start: word.offsets[s + 2], strippedArticle: true))
                }
                s += 1
                out.append(Reading(hash: word.hash(from: s), start: word.offsets[s], strippedArticle: false))
            }
            if s + 3 < n, word.letters[s] == alef, word.letters[s + 1] == lam {
                out.append(Reading(hash: word.hash(from: s + 2), start: word.offsets[s + 2], strippedArticle: true))
            }
        }
    }

    private static func latinReadings(of word: FoldedWord, into out: inout [Reading]) {
        let n = word.count
        let cut = possessiveCut(word)
        if let cut { out.append(Reading(hash: word.hash(from: 0, to: cut), start: word.offsets[0], strippedArticle: false)) }
        // "al-Hasakah", "el-Sisi": the article glued with a hyphen.
        let a = word.letters
        if n > 3, a[2] == 0x2D, (a[0] == 0x61 || a[0] == 0x65), a[1] == 0x6C {
            out.append(Reading(hash: word.hash(from: 3, to: cut), start: word.offsets[3], strippedArticle: false))
        }
    }

    /// Where a trailing "'s" starts, if the word has one.
    private static func possessiveCut(_ word: FoldedWord) -> Int? {
        let n = word.count
        guard n > 2, word.letters[n - 2] == 0x27, word.letters[n - 1] == 0x73 else { return nil }
        return n - 2
    }
}
