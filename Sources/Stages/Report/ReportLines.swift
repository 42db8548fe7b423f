import Foundation

// The few fields of each record kind that the report reads. Decoding only these keeps the
// summarizer independent of fields it does not show.

/// A line of cleaned.jsonl: one article.
struct ArticleLine: Decodable {
    var source: String?
    var published: String?
}

/// A line of split.jsonl: one language part.
struct PartLine: Decodable {
    var lang: String?
}

/// A line of extracted.jsonl or deduped.jsonl.
struct FactsLine: Decodable {
    var id: String
    var title: String?
    var text: String?
    var facts: Facts?
    var dedupe: DedupeVerdict?

    /// The title, else the first words of the text: what a reader recognises a record by.
    var displayTitle: String {
        if let title = title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty { return title }
        return Self.firstWords(of: text ?? "", count: 12, maxScalars: 120)
    }

    static func firstWords(of text: String, count: Int, maxScalars: Int) -> String {
        let words = text.split(maxSplits: count, whereSeparator: { $0.isWhitespace })
        var joined = words.prefix(count).joined(separator: " ")
        var cut = words.count > count
        if joined.unicodeScalars.count > maxScalars {
            joined = String(String.UnicodeScalarView(joined.unicodeScalars.prefix(maxScalars)))
            cut = true
        }
        return cut ? joined + "…" : joined
    }
}
