import Foundation

/// A learned name tagger: an averaged perceptron over hashed word features with Viterbi
/// decoding of BIO tags, trained on Wojood by `scripts/train_tagger.sh` (see TaggerTrainer).
/// The lowest-priority entity evidence: it finds names no list holds, and misses some.
///
/// Works on Arabic and does not break on other text; one call tags a whole text, decoded
/// sentence by sentence (cut after . ! ? ؟ and at most every `maxChunk` tokens).
public struct EntityTagger: Sendable {
    let model: TaggerModel
    private let decoder: ViterbiDecoder
    /// Transition weights, forbidden steps at -2^29. Int32 sums cannot overflow: a path through
    /// a chunk of at most `maxChunk` tokens adds at most 256 × 24 weights of at most 2^15 (< 2^28),
    /// and a forbidden step is never the best, so it is added at most once.
    private let transitions: [Int32]
    static let maxChunk = 256

    /// The model compiled into the library (TaggerModelData.swift). Its bytes are generated
    /// and tested; failing to read them is a build error, not an input error.
    public static let bundled: EntityTagger = {
        do { return try EntityTagger(base64: TaggerModelData.base64) } catch {
            fatalError("the bundled tagger model is unreadable: \(error)")
        }
    }()

    /// A tagger from the bytes `TaggerModelFile.encode` writes.
    public init(modelBytes: [UInt8]) throws {
        model = try TaggerModelFile.decode(modelBytes)
        decoder = ViterbiDecoder(tags: model.tags)
        transitions = decoder.constrained(model.transitions, forbidden: -(1 << 29))
    }

    public init(base64: String) throws {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters) else {
            throw TaggerModelFile.ReadError.unreadable("not base64")
        }
        try self.init(modelBytes: [UInt8](data))
    }

    /// Features kept in the model.
    public var featureCount: Int { model.featureCount }

    /// The names in `text`, in text order, with Unicode scalar offsets.
    public func entities(in text: String) -> [TaggedEntity] {
        entities(in: TaggerTokenizer.tokenize(text))
    }

    func entities(in tokens: TaggerTokens) -> [TaggedEntity] {
        var found: [TaggedEntity] = []
        guard tokens.count > 0 else { return found }
        let longest = min(tokens.count, Self.maxChunk)
        var keys = [UInt32](repeating: 0, count: longest * TaggerFeatures.perToken)
        var emissions = [Int32](repeating: 0, count: longest * model.tags.count)
        keys.withUnsafeMutableBufferPointer { keys in
            emissions.withUnsafeMutableBufferPointer { emissions in
                var start = 0
                while start < tokens.count {
                    let end = Self.chunkEnd(tokens, from: start)
                    let path = tags(tokens, start..<end, keys: keys, emissions: emissions)
                    collect(path, tokens, from: start, emissions: UnsafeBufferPointer(emissions), into: &found)
                    start = end
                }
            }
        }
        return found
    }

    /// The tag of every token in `range` (at most `maxChunk`), leaving the emission scores in
    /// `emissions`.
    func tags(
        _ tokens: TaggerTokens, _ range: Range<Int>,
        keys: UnsafeMutableBufferPointer<UInt32>, emissions: UnsafeMutableBufferPointer<Int32>
    ) -> [Int] {
        TaggerFeatures.keys(tokens, range: range, into: keys)
        model.emissions(UnsafeBufferPointer(keys), tokens: range.count, into: emissions)
        return decoder.decode(emissions: UnsafeBufferPointer(emissions), constrained: transitions, count: range.count)
    }

    private func collect(
        _ path: [Int], _ tokens: TaggerTokens, from first: Int, emissions: UnsafeBufferPointer<Int32>,
        into found: inout [TaggedEntity]
    ) {
        let tags = model.tags
        let t = tags.count
        var i = 0
        while i < path.count {
            guard tags.isBegin(path[i]) else { i += 1; continue }
            let kind = tags.kindIndex(of: path[i])
            var j = i + 1
            while j < path.count, path[j] == tags.inside(kind) { j += 1 }
            // Wojood marks a bare التنظيم or الحكومة that refers back to a name; alone it names
            // nothing a reader could look up, so it is not reported.
            if j == i + 1, TaggerFeatures.isCueWord(tokens, first + i) {
                i = j
                continue
            }
            var sure = 0.0
            for k in i..<j {
                let chosen = emissions[k * t + path[k]]
                var other = Int32.min
                for y in 0..<t where y != path[k] { other = max(other, emissions[k * t + y]) }
                sure += 1 / (1 + exp(-Double(Int64(chosen) - Int64(other)) * model.quantum))
            }
            found.append(TaggedEntity(
                kind: tags.kinds[kind], start: tokens.tokens[first + i].start,
                end: tokens.tokens[first + j - 1].end, score: sure / Double(j - i)))
            i = j
        }
    }

    /// Where the chunk from `start` ends: after a sentence-final mark, or after `maxChunk` tokens.
    private static func chunkEnd(_ tokens: TaggerTokens, from start: Int) -> Int {
        let limit = min(start + maxChunk, tokens.count)
        var i = start
        while i < limit {
            let token = tokens.tokens[i]
            i += 1
            if token.shape == .punctuation {
                switch tokens.folded[token.foldStart] {
                case 0x2E, 0x21, 0x3F, 0x061F, 0x06D4: return i
                default: break
                }
            }
        }
        return limit
    }
}
