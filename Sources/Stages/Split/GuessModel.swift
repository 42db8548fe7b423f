import Foundation

/// Per-language scores for one script: one-vs-rest logistic regressions over the same hashed word
/// features as LanguageModel, in a smaller table. Used only to name the language of text already
/// labelled `other` (the `guess` of a part or segment), never to decide ar, en or other.
struct GuessModel: Sendable {
    /// Language codes (ISO 639-1 or 639-3), one per class.
    let codes: [String]
    let bits: Int
    let scale: Double
    let biases: [Double]
    /// 2^bits rows of one Int8 weight per class.
    let weights: [Int8]

    /// Reads one model from `bytes` at `offset`, moving `offset` past it.
    init(bytes: [UInt8], offset: inout Int) throws {
        func need(_ n: Int) throws {
            guard n >= 0, offset + n <= bytes.count else { throw LanguageModelError.unreadable }
        }
        func float() throws -> Double {
            try need(4)
            let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return Double(Float(bitPattern: bits))
        }
        try need(2)
        bits = Int(bytes[offset])
        let count = Int(bytes[offset + 1])
        offset += 2
        guard (8...20).contains(bits), count > 0 else { throw LanguageModelError.unreadable }
        var codes: [String] = []
        for _ in 0..<count {
            try need(1)
            let length = Int(bytes[offset])
            offset += 1
            try need(length)
            guard let code = String(bytes: bytes[offset..<offset + length], encoding: .ascii), !code.isEmpty else {
                throw LanguageModelError.unreadable
            }
            codes.append(code)
            offset += length
        }
        self.codes = codes
        scale = try float()
        biases = try (0..<count).map { _ in try float() }
        let size = (1 << bits) * count
        try need(size)
        weights = bytes[offset..<offset + size].map { Int8(bitPattern: $0) }
        offset += size
    }

    /// Adds the weights of one word (folded scalars) to `sums`, one per class. Int32 sums and
    /// raw pointers let the compiler add a row of classes with vector instructions: this loop is
    /// most of the cost of guessing a language.
    func add(word: UnsafeBufferPointer<UInt32>, to sums: inout [Int32]) {
        let count = codes.count
        weights.withUnsafeBufferPointer { table in
            sums.withUnsafeMutableBufferPointer { sums in
                guard let base = table.baseAddress, let out = sums.baseAddress else { return }
                LanguageFeatures.forEachSlot(of: word, bits: bits) { slot in
                    let row = base + slot &* count
                    for k in 0..<count { out[k] &+= Int32(row[k]) }
                }
            }
        }
    }

    /// The best-scoring language but `excluded` ones, and its probability against the rest, from
    /// summed weights.
    func best(_ sums: [Int32], excluding excluded: Set<String> = []) -> (code: String, probability: Double)? {
        guard sums.count == codes.count else { return nil }
        var best = 0
        var bestScore = -Double.infinity
        for k in codes.indices where !excluded.contains(codes[k]) {
            let score = biases[k] + scale * Double(sums[k])
            if score > bestScore { (best, bestScore) = (k, score) }
        }
        return (codes[best], 1 / (1 + exp(-max(-40, min(40, bestScore)))))
    }
}
