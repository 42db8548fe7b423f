/// Article metadata found by the clean stage and carried by every later record.
public struct ArticleInfo: Codable, Sendable, Equatable {
    public var title: String?
    /// ISO 8601 date or date-time.
    public var published: String?
    /// Where `published` came from: `json-ld`, `meta`, `time`, `url`, `text` (a visible date line), `feed` or `input`.
    public var publishedSource: String?
    /// ISO 8601 date or date-time of the last update, when the page gives one.
    public var modified: String?
    /// Where `modified` came from: `json-ld` or `meta`.
    public var modifiedSource: String?
    public var author: String?
    public var canonicalURL: String?
    public var siteName: String?
    public var htmlLang: String?
    /// `<html dir>`: `rtl` or `ltr`, when the page says.
    public var htmlDir: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case title, published, author
        case publishedSource = "published_source"
        case modified
        case modifiedSource = "modified_source"
        case htmlDir = "html_dir"
        case canonicalURL = "canonical_url"
        case siteName = "site_name"
        case htmlLang = "html_lang"
    }
}
