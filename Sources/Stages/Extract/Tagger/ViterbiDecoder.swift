/// The best tag sequence under emission and transition scores, with I-X allowed only after
/// B-X or I-X (never at the start): a forbidden step costs `forbidden`, far below any score.
struct ViterbiDecoder: Sendable {
    let tags: TaggerTagSet

    init(tags: TaggerTagSet) {
        self.tags = tags
    }

    /// `transitions` ((T + 1) × T, row T the start) with forbidden steps set to `forbidden`.
    func constrained<Score>(_ transitions: [Score], forbidden: Score) -> [Score] {
        let t = tags.count
        var out = transitions
        for p in 0...t {
            for y in 0..<t where !tags.allows(y, after: p == t ? nil : p) { out[p * t + y] = forbidden }
        }
        return out
    }

    /// Training's decode, in weight units.
    func decode(emissions: [Double], transitions: [Double], count n: Int) -> [Int] {
        let constrained = constrained(transitions, forbidden: -1e30)
        return emissions.withUnsafeBufferPointer { decode(emissions: $0, constrained: constrained, count: n) }
    }

    /// `emissions[i * T + y]`; `constrained[p * T + y]` from `constrained(_:forbidden:)`, whose
    /// `forbidden` must stay far below any reachable score and never overflow when added to one.
    func decode<Score: Comparable & AdditiveArithmetic>(
        emissions: UnsafeBufferPointer<Score>, constrained: [Score], count n: Int
    ) -> [Int] {
        let t = tags.count
        guard n > 0 else { return [] }
        var path = [Int](repeating: 0, count: n)
        var back = [UInt8](repeating: 0, count: n * t)
        var scores = [Score](repeating: .zero, count: 2 * t)
        constrained.withUnsafeBufferPointer { trans in
            scores.withUnsafeMutableBufferPointer { scores in
                for y in 0..<t { scores[y] = emissions[y] + trans[t * t + y] }
                var current = 0, next = t
                for i in 1..<n {
                    for y in 0..<t {
                        var top = scores[current] + trans[y]
                        var arg = 0
                        for p in 1..<t {
                            let s = scores[current + p] + trans[p * t + y]
                            if s > top { top = s; arg = p }
                        }
                        scores[next + y] = top + emissions[i * t + y]
                        back[i * t + y] = UInt8(truncatingIfNeeded: arg)
                    }
                    swap(&current, &next)
                }
                var y = 0
                for c in 1..<t where scores[current + c] > scores[current + y] { y = c }
                for i in stride(from: n - 1, through: 0, by: -1) {
                    path[i] = y
                    if i > 0 { y = Int(back[i * t + y]) }
                }
            }
        }
        return path
    }
}
