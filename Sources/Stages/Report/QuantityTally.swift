import Foundation

/// Counted nouns and the sum of their values, bounded like `TopCounter`.
struct QuantityTally {
    private var counts: TopCounter
    private var totals: [String: Double] = [:]
    private var quantities = 0
    private var withoutNoun = 0

    init(maxKeys: Int) {
        counts = TopCounter(maxKeys: maxKeys)
    }

    mutating func add(_ quantity: Quantity) {
        quantities += 1
        guard let noun = quantity.noun?.trimmingCharacters(in: .whitespacesAndNewlines), !noun.isEmpty else {
            withoutNoun += 1
            return
        }
        counts.add(noun)
        if counts.counts[noun] != nil { totals[noun, default: 0] += quantity.value }
    }

    func list(top n: Int) -> QuantityList {
        let items = counts.top(n).map {
            QuantityList.Item(noun: $0.key, count: $0.count, total: totals[$0.key] ?? 0)
        }
        return QuantityList(total: quantities, withoutNoun: withoutNoun, top: items)
    }
}
