/// One page to fetch: what a source expands to, and what `pipeline stage fetch` reads.
///
/// `url` is an http(s) URL, a `file:` URL, or a path (relative paths resolve against the
/// config's folder, or the working folder in filter mode). Without an `id`, the id is
/// derived from the URL.
public struct FetchRequest: Codable, Sendable, Equatable {
    public var id: String?
    public var docID: String?
    public var source: String?
    public var url: String
    public var feedItem: FeedItem?

    public init(id: String? = nil, source: String?, url: String, feedItem: FeedItem? = nil) {
        self.id = id
        self.source = source
        self.url = url
        self.feedItem = feedItem
    }

    enum CodingKeys: String, CodingKey {
        case id, source, url
        case docID = "doc_id"
        case feedItem = "feed_item"
    }
}
