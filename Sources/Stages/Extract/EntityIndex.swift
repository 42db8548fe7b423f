/// Entity mentions (in text order) indexed for the attribution linker's two questions, each
/// answered by binary search: the first mention inside a range, and the last mention of a
/// kind before a position.
struct EntityIndex {
    private let all: [EntityMention]
    private let byKind: [EntityMention.Kind: [EntityMention]]

    init(_ mentions: [EntityMention]) {
        all = mentions
        byKind = Dictionary(grouping: mentions, by: \.kind)
    }

    /// The first mention that lies wholly inside `range`.
    func first(within range: Range<Int>) -> EntityMention? {
        var k = Self.firstStart(atOrAfter: range.lowerBound, in: all)
        while k < all.count, all[k].span.start < range.upperBound {
            if all[k].span.end <= range.upperBound { return all[k] }
            k += 1
        }
        return nil
    }

    /// The last mention of `kind` that ends at or before `position`.
    func last(of kind: EntityMention.Kind, endingBy position: Int) -> EntityMention? {
        guard let list = byKind[kind] else { return nil }
        var k = Self.firstStart(atOrAfter: position, in: list) - 1
        while k >= 0 {
            if list[k].span.end <= position { return list[k] }
            k -= 1
        }
        return nil
    }

    private static func firstStart(atOrAfter position: Int, in list: [EntityMention]) -> Int {
        var lo = 0
        var hi = list.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if list[mid].span.start < position { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }
}
