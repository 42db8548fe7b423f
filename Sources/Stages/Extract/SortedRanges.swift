/// Non-overlapping scalar ranges in ascending order, asked whether a position or a range
/// touches one of them (URLs that hide hashtags, dates that hide numbers).
struct SortedRanges {
    private let ranges: [Range<Int>]

    /// Ranges may come in any order; overlapping ones are merged.
    init<S: Sequence>(_ ranges: S) where S.Element == Range<Int> {
        var merged: [Range<Int>] = []
        for r in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) where !r.isEmpty {
            if let last = merged.last, r.lowerBound <= last.upperBound {
                merged[merged.count - 1] = last.lowerBound..<max(last.upperBound, r.upperBound)
            } else {
                merged.append(r)
            }
        }
        self.ranges = merged
    }

    func contains(_ position: Int) -> Bool {
        overlaps(position..<(position + 1))
    }

    func overlaps(_ range: Range<Int>) -> Bool {
        // First range that ends after range.lowerBound.
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].upperBound <= range.lowerBound { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count && ranges[lo].lowerBound < range.upperBound
    }

    /// The first range that starts at or after `position`, if any.
    func firstStart(atOrAfter position: Int) -> Int? {
        var lo = 0
        var hi = ranges.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if ranges[mid].lowerBound < position { lo = mid + 1 } else { hi = mid }
        }
        return lo < ranges.count ? ranges[lo].lowerBound : nil
    }
}
