/// Finds durations with an explicit count: "3 أيام", "ثلاثة أسابيع", "15 يوماً", "5 years".
/// Value: seconds (a month is 30 days, a year 365); grain: the unit.
///
/// A bare dual ("يومين") stays a number, as the counted-noun rule makes it, and after قبل or
/// "ago" the longer relative date wins the overlap.
struct DurationRecognizer: Sendable {
    let quantities: TimeQuantityParser

    init(numbers: NumberRecognizer) {
        quantities = TimeQuantityParser(numbers: numbers)
    }

    func mentions(in text: TokenizedText) -> [Mention] {
        var out: [Mention] = []
        for i in 0..<text.count where text[i].kind != .symbol && text[i].kind != .opaque {
            guard let q = quantities.match(at: i, in: text), q.explicitCount else { continue }
            out.append(
                Mention(
                    kind: .duration, start: q.start, end: q.end,
                    value: .resolved(.number(q.count * q.unit.seconds), q.unit.grain)))
        }
        return out
    }
}
