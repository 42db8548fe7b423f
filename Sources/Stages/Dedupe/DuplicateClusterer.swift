/// Groups surveys into clusters of copies (exact hash, or a shared LSH band and enough
/// similarity), then picks the copy to keep in each: earliest published, longest, smallest id.
struct DuplicateClusterer {
    let bands: Int
    let rows: Int
    let threshold: Double

    func verdicts(for surveys: [DedupeSurvey]) -> [DedupeVerdict] {
        var sets = UnionFind(count: surveys.count)
        var firstWithHash: [String: Int] = [:]
        for (i, survey) in surveys.enumerated() {
            if let j = firstWithHash[survey.exactHash] { sets.union(i, j) } else { firstWithHash[survey.exactHash] = i }
        }
        for band in 0..<bands {
            var buckets: [BandKey: Int] = [:]
            for (i, survey) in surveys.enumerated() where !survey.signature.isEmpty {
                let key = BandKey(values: Array(survey.signature[(band * rows)..<((band + 1) * rows)]))
                if let j = buckets[key] {
                    if sets.find(i) != sets.find(j),
                        MinHasher.similarity(survey.signature, surveys[j].signature) >= threshold
                    {
                        sets.union(i, j)
                    }
                } else {
                    buckets[key] = i
                }
            }
        }
        var members: [Int: [Int]] = [:]
        for i in surveys.indices { members[sets.find(i), default: []].append(i) }
        var keeper: [Int: Int] = [:]
        for (root, group) in members {
            keeper[root] = group.min { Self.isPreferred(surveys[$0], over: surveys[$1]) }!
        }
        return surveys.indices.map { i in
            let root = sets.find(i)
            let kept = keeper[root]!
            let keptSurvey = surveys[kept]
            if kept == i {
                let group = members[root]!
                let method = group.count == 1 ? DedupeVerdict.Method.unique : exactOrNear(group, kept, surveys)
                return DedupeVerdict(cluster: keptSurvey.id, kept: true, duplicateOf: nil, similarity: 1, method: method)
            }
            let exact = surveys[i].exactHash == keptSurvey.exactHash
            let similarity = exact ? 1 : MinHasher.similarity(surveys[i].signature, keptSurvey.signature)
            return DedupeVerdict(cluster: keptSurvey.id, kept: false, duplicateOf: keptSurvey.id,
                                 similarity: (similarity * 1000).rounded() / 1000, method: exact ? .exact : .near)
        }
    }

    /// The kept record of a cluster says how its copies matched: exact if all are exact copies.
    private func exactOrNear(_ group: [Int], _ kept: Int, _ surveys: [DedupeSurvey]) -> DedupeVerdict.Method {
        group.allSatisfy { surveys[$0].exactHash == surveys[kept].exactHash } ? .exact : .near
    }

    /// The documented rule: earliest published (undated last), then longest text, then smallest id.
    static func isPreferred(_ a: DedupeSurvey, over b: DedupeSurvey) -> Bool {
        switch (a.published, b.published) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.length != b.length { return a.length > b.length }
        return a.id < b.id
    }
}

private struct BandKey: Hashable {
    var values: [UInt32]
}

/// Disjoint sets with path halving; unions attach the larger index under the smaller, so
/// roots do not depend on the order of unions.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func find(_ x: Int) -> Int {
        var x = x
        while parent[x] != x {
            parent[x] = parent[parent[x]]
            x = parent[x]
        }
        return x
    }

    mutating func union(_ a: Int, _ b: Int) {
        let ra = find(a)
        let rb = find(b)
        if ra == rb { return }
        if ra < rb { parent[rb] = ra } else { parent[ra] = rb }
    }
}
