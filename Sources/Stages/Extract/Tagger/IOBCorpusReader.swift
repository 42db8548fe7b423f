/// Reads a CoNLL-style nested IOB2 corpus (Wojood's layout): one token a line followed by one or
/// more tags (B-TYPE, I-TYPE, O), blank lines between sentences, "$#$" lines as sentence marks
/// (dropped). Types are mapped to our kinds by `kindOf`; unmapped types are ignored.
///
/// Nested names are flattened to the outermost mapped ones: "جامعة القاهرة" is one organisation
/// rather than a place inside one, which is what a reader of the text would call the name; an
/// inner name of ours inside an unmapped outer one (a place inside an occupation) is kept.
public enum IOBCorpusReader {
    public static func sentences(
        from text: String, kindOf: (String) -> EntityMention.Kind?
    ) -> [TrainingSentence] {
        var sentences: [TrainingSentence] = []
        var words: [String] = []
        var tagLines: [[Substring]] = []
        func flush() {
            if !words.isEmpty {
                sentences.append(TrainingSentence(words: words, names: outermost(spans(tagLines, kindOf))))
            }
            words = []
            tagLines = []
        }
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\r" })
            guard let word = fields.first else { flush(); continue }
            if word == "$#$" { continue }
            words.append(String(word))
            tagLines.append(Array(fields.dropFirst()))
        }
        flush()
        return sentences
    }

    /// Every mapped span at every nesting level, as (kind, start, end) in words.
    static func spans(
        _ tagLines: [[Substring]], _ kindOf: (String) -> EntityMention.Kind?
    ) -> [TrainingSentence.Name] {
        var open: [String: [Int]] = [:]  // type → starts of open spans, oldest first
        var closed: [(type: String, start: Int, end: Int)] = []
        for (i, tags) in tagLines.enumerated() {
            var begins: [String: Int] = [:], insides: [String: Int] = [:]
            for tag in tags where tag.count > 2 && tag.dropFirst().first == "-" {
                let type = String(tag.dropFirst(2))
                if tag.first == "B" { begins[type, default: 0] += 1 } else if tag.first == "I" { insides[type, default: 0] += 1 }
            }
            for type in open.keys.sorted() {
                let starts = open[type]!
                let keep = min(insides[type] ?? 0, starts.count)
                for s in starts[keep...] { closed.append((type, s, i)) }
                open[type] = Array(starts[..<keep])
                insides[type] = (insides[type] ?? 0) - keep
            }
            // An I with nothing open to continue starts a span, as a B would.
            for type in Set(begins.keys).union(insides.keys).sorted() {
                let new = (begins[type] ?? 0) + max(insides[type] ?? 0, 0)
                for _ in 0..<new { open[type, default: []].append(i) }
            }
        }
        for (type, starts) in open { for s in starts { closed.append((type, s, tagLines.count)) } }
        return closed.compactMap { span in
            kindOf(span.type).map { TrainingSentence.Name(kind: $0, start: span.start, end: span.end) }
        }
    }

    /// The names no other name contains, longest first at each start; in text order.
    static func outermost(_ names: [TrainingSentence.Name]) -> [TrainingSentence.Name] {
        let sorted = names.sorted {
            $0.start != $1.start ? $0.start < $1.start
                : $0.end != $1.end ? $0.end > $1.end : $0.kind.rawValue < $1.kind.rawValue
        }
        var kept: [TrainingSentence.Name] = []
        for name in sorted where kept.last.map({ name.start >= $0.end }) ?? true {
            kept.append(name)
        }
        return kept
    }

    /// Wojood's types mapped to ours: PERS, ORG, GPE and LOC (both places), FAC.
    public static func wojoodKind(_ type: String) -> EntityMention.Kind? {
        switch type {
        case "PERS": return .person
        case "ORG": return .organisation
        case "GPE", "LOC": return .place
        case "FAC": return .facility
        default: return nil
        }
    }
}
