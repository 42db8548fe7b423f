/// Counts ISO 8601 dates by their day, month or year, whichever the value gives, and turns the
/// counts into a histogram at the finest grain that fits in a chart.
struct DateTally {
    enum Grain: String, CaseIterable {
        case day, month, year

        /// Characters of `YYYY-MM-DD` that this grain keeps.
        var prefixLength: Int {
            switch self {
            case .day: 10
            case .month: 7
            case .year: 4
            }
        }
    }

    private var counts: TopCounter
    private var unreadable = 0
    private var missing = 0

    init(maxKeys: Int) {
        counts = TopCounter(maxKeys: maxKeys)
    }

    /// Adds a value such as `2022-01-28T12:00:00+03:00`, `2021-12` or `2019`; nil counts as missing.
    mutating func add(_ value: String?) {
        guard let value else {
            missing += 1
            return
        }
        if let key = Self.calendarPrefix(of: value) {
            counts.add(key)
        } else {
            unreadable += 1
        }
    }

    /// Buckets at `finest` grain or coarser, the first grain with at most `maxBuckets` buckets.
    func histogram(finest: Grain, maxBuckets: Int) -> DateHistogram {
        let grains = Grain.allCases.drop { $0 != finest }
        var result = DateHistogram(grain: finest.rawValue, buckets: [], coarser: 0, missing: missing)
        for grain in grains {
            var buckets: [String: Int] = [:]
            var coarser = unreadable + counts.uncounted
            for (key, count) in counts.counts {
                if key.utf8.count >= grain.prefixLength {
                    buckets[String(key.prefix(grain.prefixLength)), default: 0] += count
                } else {
                    coarser += count
                }
            }
            result = DateHistogram(
                grain: grain.rawValue,
                buckets: buckets.sorted { $0.key < $1.key }.map { CountedKey(key: $0.key, count: $0.value) },
                coarser: coarser, missing: missing)
            if buckets.count <= maxBuckets { break }
        }
        return result
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from the start of an ISO 8601 value, or nil.
    static func calendarPrefix(of value: String) -> String? {
        let bytes = Array(value.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Bool {
            range.upperBound <= bytes.count && bytes[range].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
        }
        func dash(_ i: Int) -> Bool { i < bytes.count && bytes[i] == UInt8(ascii: "-") }
        guard digits(0..<4) else { return nil }
        var length = 4
        if dash(4), digits(5..<7) {
            length = 7
            if dash(7), digits(8..<10) { length = 10 }
        }
        // A fifth digit means this is no year (a number, a timestamp).
        if length == 4, bytes.count > 4, bytes[4] >= 0x30, bytes[4] <= 0x39 { return nil }
        return String(decoding: bytes[0..<length], as: UTF8.self)
    }
}
