/// Shards' counts added up: merge writes their sum as the stage's counts, which equal an
/// unsharded run's since every input line was counted in exactly one shard.
extension StageCounts {
    static func sum(_ parts: [StageCounts]) -> StageCounts {
        var total = StageCounts()
        for part in parts {
            total.recordsIn += part.recordsIn
            total.recordsOut += part.recordsOut
            total.rejected += part.rejected
            total.filtered += part.filtered
            if let published = part.published { total.published = (total.published ?? 0) + published }
            total.rejectReasons.merge(part.rejectReasons, uniquingKeysWith: +)
            total.filterReasons.merge(part.filterReasons, uniquingKeysWith: +)
            for (group, counts) in part.sources ?? [:] {
                var sum = total.sources?[group] ?? GroupCounts()
                sum.recordsIn += counts.recordsIn
                sum.recordsOut += counts.recordsOut
                sum.rejected += counts.rejected
                sum.filterReasons.merge(counts.filterReasons, uniquingKeysWith: +)
                total.sources = (total.sources ?? [:]).merging([group: sum]) { $1 }
            }
        }
        return total
    }
}
