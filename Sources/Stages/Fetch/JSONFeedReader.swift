import Foundation

/// Reads a JSON Feed (https://www.jsonfeed.org/version/1.1/, and 1.0) into the shape RSS and
/// Atom feeds take.
///
/// Fields of the wrong type are skipped one by one, so a feed with one odd field still gives
/// its entries; only a document that is not JSON, or not a JSON Feed (no `version` under
/// `https://jsonfeed.org/version/`, or no `items` array), gives no feed. Title, summary and
/// `content_text` are plain text in JSON Feed and only tidied; `content_html` is read as HTML.
struct JSONFeedReader {
    static let versionPrefix = "https://jsonfeed.org/version/"

    /// nil when `bytes` is JSON but not a JSON Feed.
    /// - Parameter url: the feed's own URL, to resolve relative links against.
    /// - Throws: `DecodingError` when `bytes` is not well-formed JSON.
    func feed(_ bytes: ArraySlice<UInt8>, url: String?) throws -> ParsedFeed? {
        let document = try JSONDecoder().decode(JSONFeedDocument.self, from: Data(bytes))
        guard document.version?.hasPrefix(Self.versionPrefix) == true, let items = document.items else {
            return nil
        }
        let language = document.language.map(XMLElementView.languageTag)
        return ParsedFeed(
            format: .json, bozo: false, encoding: "utf-8",
            title: document.title.flatMap(plainText),
            link: document.homePageURL.map { Self.resolve($0, against: url) },
            language: language,
            entries: items.compactMap(\.value).map { entry($0, feed: document, language: language, url: url) })
    }

    private func entry(_ item: JSONFeedItem, feed: JSONFeedDocument, language: String?, url: String?) -> FeedEntry {
        var entry = FeedEntry()
        entry.id = item.id
        entry.title = item.title.flatMap(plainText)
        entry.link = (item.url ?? item.externalURL).map { Self.resolve($0, against: url) }
        entry.published = item.datePublished.flatMap(FeedDate.iso8601)
        entry.updated = item.dateModified.flatMap(FeedDate.iso8601)
        // An item's language, like xml:lang in Atom, falls back to the feed's.
        let contentLanguage = item.language.map(XMLElementView.languageTag) ?? language
        if let html = item.contentHTML, !html.allSatisfy(\.isWhitespace) {
            entry.content.append(
                FeedContent(value: HTMLText.plainText(html), type: "text/html", language: contentLanguage, html: html))
        }
        if let text = item.contentText, let value = plainText(text) {
            entry.content.append(FeedContent(value: value, type: "text/plain", language: contentLanguage))
        }
        entry.summary = item.summary.flatMap(plainText) ?? entry.content.lazy.compactMap(\.value).first
        // JSON Feed: an item without authors has the feed's.
        let authors = item.authors ?? feed.authors
        entry.author = authors?.lazy.compactMap { $0.name.flatMap(plainText) }.first
        entry.tags = item.tags?.compactMap { $0.flatMap(plainText).map { FeedTag(term: $0) } } ?? []
        entry.enclosures =
            item.attachments?.compactMap { attachment in
                attachment.url.map {
                    FeedEnclosure(
                        href: Self.resolve($0, against: url), type: attachment.mimeType, length: attachment.size)
                }
            } ?? []
        return entry
    }

    private func plainText(_ text: String) -> String? {
        let tidy = FeedText.tidy(text)
        return tidy.isEmpty ? nil : tidy
    }

    /// `href` resolved against the feed's URL (RFC 3986), the rule `XMLElementView.resolve` applies
    /// with the document's URL as base; unchanged when either does not parse.
    static func resolve(_ href: String, against base: String?) -> String {
        let trimmed = href.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base, let baseURL = URL(string: base),
            let resolved = URL(string: trimmed, relativeTo: baseURL)?.absoluteString
        else { return trimmed }
        return resolved
    }
}

/// The top level of a JSON Feed, as far as we read it.
private struct JSONFeedDocument: Decodable {
    var version: String?
    var title: String?
    var homePageURL: String?
    var language: String?
    var authors: [JSONFeedAuthor]?
    /// Elements that are not objects are nil, and skipped.
    var items: [Lenient<JSONFeedItem>]?

    private enum CodingKeys: String, CodingKey {
        case version, title, language, author, authors, items
        case homePageURL = "home_page_url"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        version = container.lenient(String.self, .version)
        title = container.lenient(String.self, .title)
        homePageURL = container.lenient(String.self, .homePageURL)
        language = container.lenient(String.self, .language)
        authors = JSONFeedAuthor.read(container, authors: .authors, author: .author)
        items = container.lenient([Lenient<JSONFeedItem>].self, .items)
    }
}

private struct JSONFeedItem: Decodable {
    var id: String?
    var url: String?
    var externalURL: String?
    var title: String?
    var contentHTML: String?
    var contentText: String?
    var summary: String?
    var datePublished: String?
    var dateModified: String?
    var language: String?
    /// nil when the item names none (it then has the feed's).
    var authors: [JSONFeedAuthor]?
    var tags: [String?]?
    var attachments: [JSONFeedAttachment]?

    private enum CodingKeys: String, CodingKey {
        case id, url, title, summary, language, author, authors, tags, attachments
        case externalURL = "external_url"
        case contentHTML = "content_html"
        case contentText = "content_text"
        case datePublished = "date_published"
        case dateModified = "date_modified"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        // Ids are strings; feeds that write a number get it as written.
        id = container.lenient(JSONScalar.self, .id).map(\.text).flatMap { $0.isEmpty ? nil : $0 }
        url = container.lenient(String.self, .url)
        externalURL = container.lenient(String.self, .externalURL)
        title = container.lenient(String.self, .title)
        contentHTML = container.lenient(String.self, .contentHTML)
        contentText = container.lenient(String.self, .contentText)
        summary = container.lenient(String.self, .summary)
        datePublished = container.lenient(String.self, .datePublished)
        dateModified = container.lenient(String.self, .dateModified)
        language = container.lenient(String.self, .language)
        authors = JSONFeedAuthor.read(container, authors: .authors, author: .author)
        tags = container.lenient([Lenient<String>].self, .tags)?.map(\.value)
        attachments = container.lenient([Lenient<JSONFeedAttachment>].self, .attachments)?.compactMap(\.value)
    }
}

private struct JSONFeedAuthor: Decodable {
    var name: String?

    /// 1.1 `authors` (an array), else 1.0 `author` (one object).
    static func read<Key: CodingKey>(_ container: KeyedDecodingContainer<Key>, authors: Key, author: Key)
        -> [JSONFeedAuthor]?
    {
        container.lenient([Lenient<JSONFeedAuthor>].self, authors).map { $0.compactMap(\.value) }
            ?? container.lenient(JSONFeedAuthor.self, author).map { [$0] }
    }
}

private struct JSONFeedAttachment: Decodable {
    var url: String?
    var mimeType: String?
    /// `size_in_bytes` as written, a number or a string.
    var size: String?

    private enum CodingKeys: String, CodingKey {
        case url
        case mimeType = "mime_type"
        case size = "size_in_bytes"
    }

    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        url = container.lenient(String.self, .url)
        mimeType = container.lenient(String.self, .mimeType)
        size = container.lenient(JSONScalar.self, .size)?.text
    }
}

/// A JSON string, or a number written as text (`123` -> "123", `1.5` -> "1.5").
private struct JSONScalar: Decodable {
    var text: String

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let string = try? container.decode(String.self) {
            text = string
        } else if let integer = try? container.decode(Int64.self) {
            text = String(integer)
        } else if let integer = try? container.decode(UInt64.self) {
            text = String(integer)
        } else {
            text = String(try container.decode(Double.self))
        }
    }
}

/// A value that decodes to nil instead of failing, so one bad element leaves its array readable.
private struct Lenient<Value: Decodable>: Decodable {
    var value: Value?

    init(from decoder: Decoder) throws {
        value = try? Value(from: decoder)
    }
}

extension KeyedDecodingContainer {
    /// The field when present and of type `T`, else nil: a field of the wrong type is skipped,
    /// not fatal to the feed.
    fileprivate func lenient<T: Decodable>(_ type: T.Type, _ key: Key) -> T? {
        (try? decodeIfPresent(type, forKey: key)) ?? nil
    }
}
