/// The feature keys of every token of a text: `perToken` keys for token i at
/// `keys[i * perToken ..< (i + 1) * perToken]`. Keys are hashes of (template, values); no
/// string is built. Changing a template changes the keys, so bump `version` with it: the
/// weights file records the version it was trained with.
enum TaggerFeatures {
    static let version: UInt8 = 1
    static let perToken = 23

    /// What each token contributes to its own and its neighbours' features.
    private struct Word {
        var word: UInt64
        var core: UInt64
        var bare: UInt64
        var prefix2: UInt64
        var prefix3: UInt64
        var suffix2: UInt64
        var suffix3: UInt64
        var clitics: UInt64
        var shape: UInt64
        var cue: UInt64
        var length: UInt64
    }

    private static func boundary(_ seed: UInt64) -> Word {
        Word(word: seed, core: seed, bare: seed, prefix2: seed, prefix3: seed, suffix2: seed, suffix3: seed,
             clitics: 0, shape: 0, cue: 0, length: 0)
    }

    private static let before = boundary(0x5EED_0000_0000_0001)
    private static let after = boundary(0x5EED_0000_0000_0002)

    /// The keys of the tokens in `range` (all when nil); neighbours outside it still count.
    static func keys(_ tokens: TaggerTokens, range: Range<Int>? = nil) -> [UInt32] {
        let range = range ?? 0..<tokens.count
        var keys = [UInt32](repeating: 0, count: range.count * perToken)
        keys.withUnsafeMutableBufferPointer { Self.keys(tokens, range: range, into: $0) }
        return keys
    }

    /// Writes the keys of the tokens in `range` to `out`, which holds at least
    /// `range.count * perToken`.
    static func keys(_ tokens: TaggerTokens, range: Range<Int>, into out: UnsafeMutableBufferPointer<UInt32>) {
        let n = range.count
        guard n > 0 else { return }
        let lo = max(range.lowerBound - 2, 0), hi = min(range.upperBound + 2, tokens.count)
        var words = [Word]()
        words.reserveCapacity(hi - lo)
        let cues = TaggerCueWords.table
        tokens.folded.withUnsafeBufferPointer { f in
            for t in tokens.tokens[lo..<hi] { words.append(word(f, t, cues)) }
        }
        words.withUnsafeBufferPointer { w in
            do {
                for r in 0..<n {
                    let i = range.lowerBound + r - lo  // index into w
                    let m2 = i >= 2 ? w[i - 2] : before, m1 = i >= 1 ? w[i - 1] : before
                    let p1 = i + 1 < w.count ? w[i + 1] : after, p2 = i + 2 < w.count ? w[i + 2] : after
                    let c = w[i]
                    var k = r * perToken
                    @inline(__always) func put(_ template: UInt64, _ a: UInt64, _ b: UInt64 = 0) {
                        out[k] = FeatureHash.key(FeatureHash.mix(FeatureHash.mix(template, a), b))
                        k += 1
                    }
                    put(0, 0)
                    put(1, c.word)
                    put(2, c.core)
                    put(3, c.bare)
                    put(4, c.prefix3)
                    put(5, c.suffix3)
                    put(6, c.suffix2)
                    put(7, c.prefix2)
                    put(8, c.clitics, c.shape)
                    put(9, m1.word)
                    put(10, p1.word)
                    put(11, m2.word)
                    put(12, p2.word)
                    put(13, m1.core)
                    put(14, p1.core)
                    put(15, m1.word, c.word)
                    put(16, c.word, p1.word)
                    put(17, m1.shape << 16 | c.shape << 8 | p1.shape)
                    put(18, m1.cue, m2.cue)
                    put(19, c.cue)
                    put(20, p1.cue)
                    put(21, m2.core)
                    put(22, c.length, c.shape)
                }
            }
        }
    }

    /// Whether token `index` is, without its clitics, a title or type word (الرئيس، التنظيم،
    /// مدينة): such a word alone is never a name.
    static func isCueWord(_ tokens: TaggerTokens, _ index: Int) -> Bool {
        let t = tokens.tokens[index]
        return tokens.folded.withUnsafeBufferPointer { f in
            let core = ArabicStem(f, t.foldStart..<t.foldEnd).core
            return TaggerCueWords.table.cue(FeatureHash.scalars(f, core)) != .none
        }
    }

    private static func word(_ f: UnsafeBufferPointer<UInt32>, _ t: TaggerToken, _ cues: TaggerCueWords.CueTable) -> Word {
        let range = t.foldStart..<t.foldEnd
        let stem = ArabicStem(f, range)
        let core = stem.core
        let word = FeatureHash.scalars(f, range)
        let coreHash = core == range ? word : FeatureHash.scalars(f, core)
        let bare = stem.bare == core ? coreHash : FeatureHash.scalars(f, stem.bare)
        let n = core.count
        let lo = core.lowerBound, hi = core.upperBound
        return Word(
            word: word,
            core: coreHash,
            bare: bare,
            prefix2: FeatureHash.scalars(f, lo..<(lo + min(2, n))),
            prefix3: FeatureHash.scalars(f, lo..<(lo + min(3, n))),
            suffix2: FeatureHash.scalars(f, (hi - min(2, range.count))..<hi),
            suffix3: FeatureHash.scalars(f, (hi - min(3, range.count))..<hi),
            clitics: UInt64(stem.clitics),
            shape: UInt64(t.shape.rawValue),
            cue: UInt64(cues.cue(coreHash).rawValue),
            length: UInt64(min(n, 8)))
    }
}
