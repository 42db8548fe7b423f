/// MinHash signatures over word n-grams with fixed seeds: the same text always gives the
/// same signature, in any process and on any machine.
struct MinHasher: Sendable {
    let seeds: [UInt64]

    init(count: Int, seed: UInt64) {
        var state = seed
        seeds = (0..<count).map { _ in SplitMix64.next(&state) }
    }

    func signature(of words: [String], ngram: Int) -> [UInt32] {
        var minimums = [UInt32](repeating: .max, count: seeds.count)
        guard !words.isEmpty else { return minimums }
        let n = min(ngram, words.count)
        let wordHashes = words.map(Self.fnv1a)
        for start in 0...(wordHashes.count - n) {
            var shingle: UInt64 = 0xcbf2_9ce4_8422_2325
            for hash in wordHashes[start..<(start + n)] {
                shingle = SplitMix64.mix(shingle ^ hash)
            }
            for (k, seed) in seeds.enumerated() {
                let value = UInt32(truncatingIfNeeded: SplitMix64.mix(shingle ^ seed) >> 32)
                if value < minimums[k] { minimums[k] = value }
            }
        }
        return minimums
    }

    /// The share of equal positions: an estimate of the Jaccard similarity of the shingle sets.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        guard !a.isEmpty, a.count == b.count else { return 0 }
        let equal = zip(a, b).reduce(0) { $0 + ($1.0 == $1.1 ? 1 : 0) }
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

/// The SplitMix64 generator and finaliser: fast, well mixed, and the same everywhere.
enum SplitMix64 {
    static func next(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9e37_79b9_7f4a_7c15
        return mix(state)
    }

    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xbf58_476d_1ce4_e5b9
        z = (z ^ (z >> 27)) &* 0x94d0_49bb_1331_11eb
        return z ^ (z >> 31)
    }
}
