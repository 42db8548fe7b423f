/// Finds, for each record of this run, the document kept on an earlier night that it copies:
/// the same exact hash, or a shared LSH band and an estimated similarity ≥ threshold.
struct IndexMatcher {
    /// An earlier night's kept document that a record copies.
    struct Match: Equatable {
        /// Position in the index (run, then document): earlier is preferred among equals.
        var run: Int
        var position: Int
        var documentID: String
        var exact: Bool
        var similarity: Double
        var exactHash: UInt64
        var signature: [UInt32]

        /// Exact copies first, then the most similar, then the earliest kept.
        func isBetter(than other: Match) -> Bool {
            if exact != other.exact { return exact }
            if similarity != other.similarity { return similarity > other.similarity }
            return (run, position) < (other.run, other.position)
        }
    }

    let bands: Int
    let rows: Int
    let threshold: Double

    /// One entry per survey, nil when it copies nothing in `runs`.
    func matches(for surveys: [DedupeSurvey], in runs: ArraySlice<DedupeIndex.Run>) -> [Match?] {
        var best = [Match?](repeating: nil, count: surveys.count)
        guard !surveys.isEmpty, runs.contains(where: { $0.count > 0 }) else { return best }
        // This run is small next to the index: bucket its surveys, then stream the index past them.
        var byHash: [UInt64: [Int]] = [:]
        var buckets = [[UInt64: [Int]]](repeating: [:], count: bands)
        for (i, survey) in surveys.enumerated() where !survey.signature.isEmpty {
            if let hash = UInt64(survey.exactHash, radix: 16) { byHash[hash, default: []].append(i) }
            for band in 0..<bands {
                buckets[band][BandHash.key(survey.signature, band: band, rows: rows), default: []].append(i)
            }
        }
        let length = bands * rows
        var seen: [Int] = []
        for (r, run) in zip(runs.indices, runs) {
            for k in 0..<run.count {
                let signature = run.signature(k, length: length)
                seen.removeAll(keepingCapacity: true)
                func offer(_ i: Int, exact: Bool, similarity: Double) {
                    let match = Match(run: r, position: k, documentID: run.documentIDs[k], exact: exact,
                                      similarity: similarity, exactHash: run.exactHashes[k], signature: Array(signature))
                    if best[i].map({ match.isBetter(than: $0) }) ?? true { best[i] = match }
                }
                for i in byHash[run.exactHashes[k]] ?? [] {
                    seen.append(i)
                    offer(i, exact: true, similarity: 1)
                }
                for band in 0..<bands {
                    guard let members = buckets[band][BandHash.key(signature, band: band, rows: rows)] else { continue }
                    for i in members where !seen.contains(i) {
                        seen.append(i)
                        let similarity = MinHasher.similarity(surveys[i].signature, signature)
                        if similarity >= threshold { offer(i, exact: false, similarity: similarity) }
                    }
                }
            }
        }
        return best
    }
}

/// One LSH band of a signature as a 64-bit key. Two bands with different values share a key
/// with odds of 2⁻⁶⁴, and a shared key only leads to a similarity check.
enum BandHash {
    static func key<S: Collection<UInt32>>(_ signature: S, band: Int, rows: Int) -> UInt64 where S.Index == Int {
        let start = signature.startIndex + band * rows
        var key = SplitMix64.mix(UInt64(band) &+ 0x9e37_79b9_7f4a_7c15)
        for i in start..<(start + rows) {
            key = SplitMix64.mix(key ^ UInt64(signature[i]))
        }
        return key
    }
}
