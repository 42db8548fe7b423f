/// Seasons as Duckling bounds them: spring from 20 March, summer from 21 June, fall from
/// 23 September, winter from 21 December.
enum Season {
    private static let starts = [(3, 20), (6, 21), (9, 23), (12, 21)]

    static let names: [String: Int] = [
        "spring": 0, "summer": 1, "fall": 2, "autumn": 2, "winter": 3, "season": -1, "seasons": -1,
    ]

    /// The first (or last) day of a season counted from the reference: with no name, the
    /// season holding the reference moved by `offset` seasons; with a name, the one holding the
    /// reference or the next of that name, moved by `offset` years.
    static func day(_ named: Int?, offset: Int, end: Bool, from ref: CalendarDay) -> CalendarDay? {
        var current = ref.year * 4 - 1
        for s in 0..<4 {
            if let start = start(ref.year * 4 + s), start <= ref { current = ref.year * 4 + s }
        }
        var k: Int
        if let named {
            // This one: the one holding the reference or the next; next: strictly after; last: strictly before.
            k = offset > 0 ? current + 1 : offset < 0 ? current - 1 : current
            let step = offset < 0 ? -1 : 1
            while ((k % 4) + 4) % 4 != named { k += step }
            k += 4 * (offset > 0 ? offset - 1 : offset < 0 ? offset + 1 : 0)
        } else {
            k = current + offset
        }
        guard end else { return start(k) }
        return start(k + 1)?.adding(days: -1)
    }

    /// The first day of season k (year * 4 + index).
    private static func start(_ k: Int) -> CalendarDay? {
        let year = k >= 0 ? k / 4 : (k - 3) / 4
        let (m, d) = starts[k - year * 4]
        return CalendarDay(year: year, month: m, day: d)
    }
}
