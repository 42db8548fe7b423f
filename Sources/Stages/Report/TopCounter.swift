/// Counts keys in memory bounded by a cap on distinct keys: once the cap is reached, new keys
/// are counted only in `uncounted`, so a corpus of any size keeps the counter small.
struct TopCounter {
    private(set) var counts: [String: Int] = [:]
    private(set) var total = 0
    private(set) var uncounted = 0
    let maxKeys: Int

    init(maxKeys: Int) {
        self.maxKeys = maxKeys
    }

    mutating func add(_ key: String, count: Int = 1) {
        total += count
        if counts[key] != nil || counts.count < maxKeys {
            counts[key, default: 0] += count
        } else {
            uncounted += count
        }
    }

    /// The `n` most frequent keys, ties broken by key so that the order is stable.
    func top(_ n: Int) -> [CountedKey] {
        counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .prefix(n).map { CountedKey(key: $0.key, count: $0.value) }
    }

    func list(top n: Int) -> TopList {
        TopList(total: total, distinct: counts.count, uncounted: uncounted, top: top(n))
    }
}
