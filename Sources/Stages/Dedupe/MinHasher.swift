/// MinHash signatures over word n-grams with fixed seeds: the same text always gives the
/// same signature, in any process and on any machine.
///
/// One-permutation hashing: each shingle is hashed once; the high bits choose one of `count`
/// bins and the low 32 bits compete for that bin's minimum. A bin no shingle fell into takes
/// the value of a filled bin chosen by a fixed probe sequence of its own ("optimal
/// densification", Shrivastava 2017), the same for every text, so equal positions still
/// estimate the Jaccard similarity. One hash per shingle instead of one per bin: the survey
/// pass is several times faster than with `count` independent permutations.
struct MinHasher: Sendable {
    let count: Int
    let seed: UInt64

    init(count: Int, seed: UInt64) {
        var state = seed
        self.count = count
        self.seed = SplitMix64.next(&state)
    }

    func signature(of words: [String], ngram: Int) -> [UInt32] {
        signature(ofWordHashes: words.map(Self.fnv1a), ngram: ngram)
    }

    /// The signature of a text given its words' FNV-1a hashes.
    func signature(ofWordHashes wordHashes: [UInt64], ngram: Int) -> [UInt32] {
        var minimums = [UInt32](repeating: .max, count: count)
        guard !wordHashes.isEmpty else { return minimums }
        var filled = [Bool](repeating: false, count: count)
        let n = min(ngram, wordHashes.count)
        let bins = UInt64(count)
        wordHashes.withUnsafeBufferPointer { words in
            for start in 0...(words.count - n) {
                var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
                for j in start..<(start + n) {
                    shingle = SplitMix64.mix(shingle ^ words[j])
                }
                let hash = SplitMix64.mix(shingle ^ seed)
                let bin = Int(((hash >> 32) &* bins) >> 32)
                let value = UInt32(truncatingIfNeeded: hash)
                if value < minimums[bin] { minimums[bin] = value }
                filled[bin] = true
            }
        }
        var signature = minimums
        for bin in 0..<count where !filled[bin] {
            var attempt: UInt64 = 1
            while true {
                let probe = SplitMix64.mix(seed ^ (UInt64(bin) << 32) ^ attempt)
                let source = Int(((probe >> 32) &* bins) >> 32)
                if filled[source] {
                    signature[bin] = minimums[source]
                    break
                }
                attempt += 1
            }
        }
        return signature
    }

    /// The share of equal positions: an estimate of the Jaccard similarity of the shingle sets.
    static func similarity<B: Collection<UInt32>>(_ a: [UInt32], _ b: B) -> Double where B.Index == Int {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        var equal = 0
        for (x, y) in zip(a, b) where x == y { equal += 1 }
        return Double(equal) / Double(a.count)
    }

    static func fnv1a(_ word: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in word.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
        return hash
    }
}
