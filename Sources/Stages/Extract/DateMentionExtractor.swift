/// Turns the normalize stage's date annotations into date mentions with their sentence.
enum DateMentionExtractor {
    /// One mention per date annotation, in text order, valued with the annotation's ISO 8601
    /// string (a numeric value, which normalize should not emit for dates, is written out).
    static func mentions(
        in text: ScalarText, annotations: [Annotation], sentences: SentenceBounds
    ) -> [DateMention] {
        annotations
            .filter { $0.kind == .date }
            .sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            .map { a in
                let range = a.start..<a.end
                return DateMention(
                    value: value(of: a), grain: a.grain, span: text.span(range),
                    sentence: sentences.sentence(containing: range).text)
            }
    }

    private static func value(of a: Annotation) -> String {
        switch a.value {
        case .text(let s): return s
        case .number(let d):
            return d == d.rounded() && abs(d) < 1e15 ? String(Int64(d)) : String(d)
        }
    }
}
