/// Settles overlapping candidates: gazetteer matches first, then patterns, then the tagger;
/// within one evidence, longer before shorter, earlier before later. A candidate that
/// overlaps an accepted one is dropped, except a pattern that names its type and wholly
/// holds accepted mentions ("مطار حلب" around حلب): both stand, nested.
enum EntityResolver {
    static func resolve(_ candidates: [EntityCandidate]) -> [EntityCandidate] {
        let ordered = candidates.sorted {
            let (a, b) = (rank($0.evidence), rank($1.evidence))
            if a != b { return a < b }
            if $0.range.count != $1.range.count { return $0.range.count > $1.range.count }
            return $0.range.lowerBound < $1.range.lowerBound
        }
        // Which accepted candidate holds each scalar: overlaps are found in the candidate's own
        // range, so settling stays linear in the text however many candidates there are.
        var owner = [Int32](repeating: -1, count: ordered.map(\.range.upperBound).max() ?? 0)
        var accepted: [EntityCandidate] = []
        for c in ordered where !c.range.isEmpty {
            var clashes = Set<Int32>()
            for i in c.range where owner[i] >= 0 { clashes.insert(owner[i]) }
            let nests = c.holdsTypeWord && clashes.allSatisfy {
                let inner = accepted[Int($0)].range
                return c.range.lowerBound <= inner.lowerBound && inner.upperBound <= c.range.upperBound && c.range != inner
            }
            guard clashes.isEmpty || nests else { continue }
            for i in c.range { owner[i] = Int32(accepted.count) }
            accepted.append(c)
        }
        return accepted.sorted { ($0.range.lowerBound, -$0.range.count) < ($1.range.lowerBound, -$1.range.count) }
    }

    private static func rank(_ e: EntityMention.Evidence) -> Int {
        switch e {
        case .gazetteer: return 0
        case .pattern: return 1
        case .tagger: return 2
        }
    }
}
