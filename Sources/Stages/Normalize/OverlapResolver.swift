/// Keeps, of overlapping mentions, the longest: "28 يناير 2022" is one date, not a date and
/// two numbers; "قبل يومين" is one date, not a date and a dual.
///
/// Mentions are taken longest first; at equal length a date beats a duration, an ordinal and
/// a number, in that order, and then the earlier one wins. The result is sorted by start.
enum OverlapResolver {
    static func resolve(_ mentions: [Mention]) -> [Mention] {
        guard mentions.count > 1 else { return mentions }
        let ordered = mentions.sorted { a, b in
            if a.length != b.length { return a.length > b.length }
            if rank(a.kind) != rank(b.kind) { return rank(a.kind) > rank(b.kind) }
            return a.start < b.start
        }
        var kept: [Mention] = []
        for m in ordered where m.length > 0 {
            if !kept.contains(where: { $0.start < m.end && m.start < $0.end }) { kept.append(m) }
        }
        return kept.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
    }

    private static func rank(_ kind: Annotation.Kind) -> Int {
        switch kind {
        case .date, .time, .range: return 4
        case .duration: return 3
        case .ordinal: return 2
        case .number: return 1
        }
    }
}
