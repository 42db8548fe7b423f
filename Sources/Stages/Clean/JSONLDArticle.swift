import Foundation

/// What a page's JSON-LD (`<script type="application/ld+json">`) says about its article.
///
/// A script may hold one object, an array, or an `@graph`; the article is the first object
/// whose `@type` ends in `Article`, `Posting` or `News` (NewsArticle, BlogPosting,
/// ReportageNews…), else the first object with a `datePublished`. Authors given as `@id`
/// references are looked up in the same scripts.
struct JSONLDArticle {
    var datePublished: String?
    var dateModified: String?
    var author: String?
    var headline: String?
    var publisher: String?

    init?(scripts: [String]) {
        var objects: [[String: Any]] = []
        for script in scripts {
            // A script that is not JSON is ignored, as browsers and search engines do.
            guard let value = Self.parse(script) else { continue }
            Self.flatten(value, into: &objects, depth: 0)
        }
        guard
            let article = objects.first(where: Self.isArticle)
                ?? objects.first(where: { $0["datePublished"] != nil })
        else { return nil }
        var byID: [String: [String: Any]] = [:]
        for object in objects {
            if let id = object["@id"] as? String, byID[id] == nil { byID[id] = object }
        }
        datePublished = Self.string(article["datePublished"])
        dateModified = Self.string(article["dateModified"])
        headline = Self.string(article["headline"])
        author = Self.names(article["author"], byID: byID)
        publisher = Self.names(article["publisher"], byID: byID)
    }

    private static func parse(_ script: String) -> Any? {
        // Raw line breaks and tabs inside strings are common and not JSON: make them spaces.
        var bytes = Array(script.utf8)
        for index in bytes.indices where bytes[index] < 0x20 { bytes[index] = 0x20 }
        // Drop wrappers such as `<!--` or `//<![CDATA[` around the value.
        guard let start = bytes.firstIndex(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") }),
            let end = bytes.lastIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "]") }), start < end
        else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(bytes[start...end]))
    }

    private static func flatten(_ value: Any, into objects: inout [[String: Any]], depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { flatten(item, into: &objects, depth: depth + 1) }
        } else if let object = value as? [String: Any] {
            objects.append(object)
            if let graph = object["@graph"] { flatten(graph, into: &objects, depth: depth + 1) }
        }
    }

    private static func isArticle(_ object: [String: Any]) -> Bool {
        let types: [String] =
            if let type = object["@type"] as? String { [type] } else {
                (object["@type"] as? [Any])?.compactMap { $0 as? String } ?? []
            }
        return types.contains { $0.hasSuffix("Article") || $0.hasSuffix("Posting") || $0.hasSuffix("News") }
    }

    private static func string(_ value: Any?) -> String? {
        guard let text = value as? String else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }

    /// A person or organisation given as a name, an object with `name`, an `@id` reference,
    /// or an array of those; several names are joined with ", ".
    private static func names(_ value: Any?, byID: [String: [String: Any]]) -> String? {
        let items: [Any] = (value as? [Any]) ?? (value.map { [$0] } ?? [])
        var names: [String] = []
        for item in items {
            var name = string(item)
            if let object = item as? [String: Any] {
                name = string(object["name"])
                if name == nil, let id = object["@id"] as? String { name = string(byID[id]?["name"]) }
            }
            if let name, !names.contains(name) { names.append(name) }
        }
        return names.isEmpty ? nil : names.joined(separator: ", ")
    }
}
