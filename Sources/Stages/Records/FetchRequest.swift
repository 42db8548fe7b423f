/// One page to fetch: what a source expands to, and what `pipeline stage fetch` reads.
///
/// `url` is an http(s) URL, a `file:` URL, or a path (relative paths resolve against the
/// config's folder, or the working folder in filter mode). Without an `id`, the id is
/// derived from the URL.
///
/// The fetch state of earlier nights shows up here, so that a run's input says what it will
/// ask: `if_none_match` / `if_modified_since` make the request conditional, and `seen_before`
/// marks a feed item an earlier night already fetched.
public struct FetchRequest: Codable, Sendable, Equatable {
    public var id: String?
    public var docID: String?
    public var source: String?
    public var url: String
    public var feedItem: FeedItem?
    /// The feed the item came from (its recorded URL), for the state of seen items.
    public var feedURL: String?
    public var seenBefore: Bool?
    public var ifNoneMatch: String?
    public var ifModifiedSince: String?
    /// The article's HTML taken from the feed (`content:encoded`, Atom or JSON Feed content),
    /// when the config says to use it instead of fetching the page.
    public var content: String?
    /// The page is a response record of a WARC file, read instead of fetched.
    public var warc: WARCPointer?

    public init(id: String? = nil, source: String?, url: String, feedItem: FeedItem? = nil) {
        self.id = id
        self.source = source
        self.url = url
        self.feedItem = feedItem
    }

    enum CodingKeys: String, CodingKey {
        case id, source, url, content, warc
        case docID = "doc_id"
        case feedItem = "feed_item"
        case feedURL = "feed_url"
        case seenBefore = "seen_before"
        case ifNoneMatch = "if_none_match"
        case ifModifiedSince = "if_modified_since"
    }
}

/// Where a WARC response record is: the file (as the config names it) and the byte offset
/// of the record (of its gzip member, in a `.warc.gz`).
public struct WARCPointer: Codable, Sendable, Equatable {
    public var file: String
    public var offset: Int

    public init(file: String, offset: Int) {
        self.file = file
        self.offset = offset
    }
}
