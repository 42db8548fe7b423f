/// Groups surveys into clusters of copies (exact hash, or a shared LSH band and enough
/// similarity), then picks the copy to keep in each: earliest published, longest, smallest id.
///
/// Documents kept on earlier nights come first: a cluster with a copy of one (`indexMatches`)
/// keeps none of its records. Each of them is a duplicate of the earlier document it copies,
/// or, when it copies none itself, of the earliest one its cluster copies.
struct DuplicateClusterer {
    let bands: Int
    let rows: Int
    let threshold: Double

    func verdicts(for surveys: [DedupeSurvey], indexMatches: [IndexMatcher.Match?]? = nil) -> [DedupeVerdict] {
        var sets = UnionFind(count: surveys.count)
        var firstWithHash: [String: Int] = [:]
        for (i, survey) in surveys.enumerated() {
            if let j = firstWithHash[survey.exactHash] { sets.union(i, j) } else { firstWithHash[survey.exactHash] = i }
        }
        for band in 0..<bands {
            var buckets: [UInt64: Int] = [:]
            for (i, survey) in surveys.enumerated() where !survey.signature.isEmpty {
                let key = BandHash.key(survey.signature, band: band, rows: rows)
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
        var earlier: [Int: IndexMatcher.Match] = [:]
        for (root, group) in members {
            keeper[root] = group.min { Self.isPreferred(surveys[$0], over: surveys[$1]) }!
            if let matches = indexMatches {
                earlier[root] = group.compactMap { matches[$0] }.min { ($0.run, $0.position) < ($1.run, $1.position) }
            }
        }
        return surveys.indices.map { i in
            let root = sets.find(i)
            if let anchor = earlier[root] {
                return Self.copy(surveys[i], of: indexMatches?[i] ?? anchor)
            }
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
                                 similarity: Self.rounded(similarity), method: exact ? .exact : .near)
        }
    }

    /// The verdict on a record whose cluster copies a document kept on an earlier night.
    private static func copy(_ survey: DedupeSurvey, of earlier: IndexMatcher.Match) -> DedupeVerdict {
        let exact = UInt64(survey.exactHash, radix: 16) == earlier.exactHash
        let similarity = exact ? 1 : MinHasher.similarity(survey.signature, earlier.signature)
        return DedupeVerdict(cluster: earlier.documentID, kept: false, duplicateOf: earlier.documentID,
                             similarity: rounded(similarity), method: exact ? .exact : .near)
    }

    private static func rounded(_ similarity: Double) -> Double { (similarity * 1000).rounded() / 1000 }

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
