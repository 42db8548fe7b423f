/// A fetched page: the fetch stage's output and the clean stage's input.
///
/// Filter-mode inputs need only `id` and `html` (`url` is optional).
public struct FetchedRecord: Codable, Sendable, Equatable {
    public var identity: RecordIdentity
    public var fetch: FetchInfo
    /// The page decoded to UTF-8.
    public var html: String

    public init(identity: RecordIdentity, fetch: FetchInfo, html: String) {
        self.identity = identity
        self.fetch = fetch
        self.html = html
    }

    enum CodingKeys: String, CodingKey { case html }

    public init(from decoder: Decoder) throws {
        identity = try RecordIdentity(from: decoder)
        fetch = try FetchInfo(from: decoder)
        html = try decoder.container(keyedBy: CodingKeys.self).decode(String.self, forKey: .html)
    }

    public func encode(to encoder: Encoder) throws {
        try identity.encode(to: encoder)
        try fetch.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(html, forKey: .html)
    }
}

extension FetchedRecord: LargeStringRecord {
    public static var largeStringKey: StaticString { "html" }

    public mutating func setLargeString(_ value: String) { html = value }
}
