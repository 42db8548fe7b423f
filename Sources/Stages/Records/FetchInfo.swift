/// What the fetch stage learned about where a page came from. Later stages carry it along
/// unchanged; every field is optional so that filter-mode inputs need none of them.
public struct FetchInfo: Codable, Sendable, Equatable {
    public var url: String?
    public var finalURL: String?
    public var feedItem: FeedItem?
    public var fetchedAt: String?
    public var httpStatus: Int?
    public var etag: String?
    public var lastModified: String?
    public var contentType: String?
    public var charset: String?
    /// How `charset` was decided: `http`, `bom`, `meta`, `detected` or `default`; `feed` when the
    /// page is the feed item's own content (`use_feed_content`).
    public var charsetSource: String?
    public var bodySHA256: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case url
        case finalURL = "final_url"
        case feedItem = "feed_item"
        case fetchedAt = "fetched_at"
        case httpStatus = "http_status"
        case etag
        case lastModified = "last_modified"
        case contentType = "content_type"
        case charset
        case charsetSource = "charset_source"
        case bodySHA256 = "body_sha256"
    }
}

/// The feed entry a page was found through.
public struct FeedItem: Codable, Sendable, Equatable {
    public var title: String?
    public var guid: String?
    /// ISO 8601, when the feed gave a parseable date.
    public var published: String?
    public var summary: String?

    public init(title: String? = nil, guid: String? = nil, published: String? = nil, summary: String? = nil) {
        self.title = title
        self.guid = guid
        self.published = published
        self.summary = summary
    }
}
