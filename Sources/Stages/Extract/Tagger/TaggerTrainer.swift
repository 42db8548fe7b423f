/// Trains the tagger: a structured averaged perceptron (Collins 2002) with Viterbi decoding.
/// Each epoch visits the sentences in an order shuffled by a fixed-seed generator; a sentence
/// tagged wrongly moves the weights of its wrong tokens toward the gold tags. The result is the
/// average of the weights over every step. Same sentences, epochs and seed: same weights, bit
/// for bit (no Dictionary order or per-process hash reaches the output).
public struct TaggerTrainer: Sendable {
    public var epochs: Int
    public var seed: UInt64
    public var kinds: [EntityMention.Kind]

    public init(epochs: Int = 12, seed: UInt64 = 20_240_601,
                kinds: [EntityMention.Kind] = [.person, .organisation, .place, .facility]) {
        self.epochs = epochs
        self.seed = seed
        self.kinds = kinds
    }

    /// `progress` is told after each epoch: (epoch, tokens tagged wrongly in it).
    public func train(_ sentences: [TrainingSentence], progress: (Int, Int) -> Void = { _, _ in }) -> TaggerWeights {
        let tags = TaggerTagSet(kinds: kinds)
        let t = tags.count
        let k = TaggerFeatures.perToken
        let decoder = ViterbiDecoder(tags: tags)
        let examples = sentences.map { sentence -> (keys: [UInt32], gold: [Int]) in
            let (tokens, gold) = sentence.tokens(tags: tags)
            return (TaggerFeatures.keys(tokens), gold)
        }.filter { !$0.gold.isEmpty }

        var rowOf: [UInt32: Int] = [:]
        var keyOf: [UInt32] = []
        var w: [Double] = [], u: [Double] = []
        var tw = [Double](repeating: 0, count: (t + 1) * t), tu = tw
        var step = 1.0
        var random = SeededShuffler(seed: seed)
        var order = Array(examples.indices)

        func update(_ key: UInt32, _ tag: Int, _ delta: Double) {
            let row: Int
            if let r = rowOf[key] { row = r } else {
                row = keyOf.count
                rowOf[key] = row
                keyOf.append(key)
                w += repeatElement(0, count: t)
                u += repeatElement(0, count: t)
            }
            w[row * t + tag] += delta
            u[row * t + tag] += step * delta
        }

        for epoch in 1...max(epochs, 1) {
            random.shuffle(&order)
            var wrong = 0
            for index in order {
                let (keys, gold) = examples[index]
                let n = gold.count
                var emissions = [Double](repeating: 0, count: n * t)
                for i in 0..<n {
                    for j in (i * k)..<(i * k + k) {
                        guard let row = rowOf[keys[j]] else { continue }
                        for y in 0..<t { emissions[i * t + y] += w[row * t + y] }
                    }
                }
                let guess = decoder.decode(emissions: emissions, transitions: tw, count: n)
                if guess != gold {
                    for i in 0..<n {
                        if guess[i] != gold[i] {
                            wrong += 1
                            for j in (i * k)..<(i * k + k) {
                                update(keys[j], gold[i], 1)
                                update(keys[j], guess[i], -1)
                            }
                        }
                        let gp = i == 0 ? t : gold[i - 1], pp = i == 0 ? t : guess[i - 1]
                        if gp != pp || gold[i] != guess[i] {
                            tw[gp * t + gold[i]] += 1
                            tu[gp * t + gold[i]] += step
                            tw[pp * t + guess[i]] -= 1
                            tu[pp * t + guess[i]] -= step
                        }
                    }
                }
                step += 1
            }
            progress(epoch, wrong)
        }
        let average = { (w: Double, u: Double) in w - u / step }
        let rows = keyOf.enumerated().map { row, key in
            (key: key, weights: (0..<t).map { average(w[row * t + $0], u[row * t + $0]) })
        }.sorted { $0.key < $1.key }
        return TaggerWeights(tags: tags, transitions: zip(tw, tu).map(average), rows: rows)
    }
}

/// A Fisher–Yates shuffle of our own over the Dedupe folder's SplitMix64, so the order does
/// not depend on the standard library's shuffle.
struct SeededShuffler {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func shuffle<T>(_ array: inout [T]) {
        guard array.count > 1 else { return }
        for i in stride(from: array.count - 1, to: 0, by: -1) {
            let j = Int(SplitMix64.next(&state) % UInt64(i + 1))
            array.swapAt(i, j)
        }
    }
}
