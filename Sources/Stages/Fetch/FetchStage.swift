import Foundation

/// The first stage: expands the config's sources into requests and fetches each page.
///
/// Sources (`SourceSpec`): feeds, URL lists and folders of saved pages. In filter mode
/// (`pipeline stage fetch`) it reads `FetchRequest` lines instead: `{"url": ...}`, with
/// optional `id`, `doc_id`, `source` and `feed_item`.
///
/// Writes `FetchedRecord`: `id` (given, or `Digest.shortID` of the recorded url), `doc_id`,
/// `source`, `url` (http(s) URL as given, or the file's path relative to the config's folder),
/// `feed_item`, `html` (decoded to UTF-8), `charset`, `charset_source`, `body_sha256` (of the
/// raw bytes), and for HTTP only: `final_url` (after redirects), `fetched_at`, `http_status`,
/// `etag`, `last_modified`, `content_type`. Local files get no `fetched_at`, so that a rebuild
/// from saved pages is byte for byte the same.
///
/// Options: `user_agent`, `timeout_seconds`, `max_bytes` (see `Options`).
///
/// Rejects: `http_status` (not 2xx), `network`, `unreadable` (local file), `too_large`,
/// `refused_scheme` (not http, https or file), `invalid_url`.
public struct FetchStage: SourceStage {
    public typealias Input = FetchRequest
    public typealias Output = FetchedRecord
    public typealias Sources = [SourceSpec]

    public static let name = "fetch"
    public static let outputName = "fetched"
    public static let version = 1

    public struct Options: StageOptions {
        /// The User-Agent header of every HTTP request (pages and feeds).
        public var userAgent = "corpus-pipeline/0.1 (+https://example.invalid/corpus-pipeline)"
        /// Seconds one HTTP request may take, from connecting to the last byte; then `network`.
        /// At least 1: FoundationNetworking rounds shorter timeouts down to none left.
        public var timeoutSeconds: Double = 30
        /// The largest page, feed or file accepted, in bytes; a larger one is `too_large`.
        public var maxBytes = 50_000_000

        public init() {}

        enum CodingKeys: String, CodingKey {
            case userAgent = "user_agent"
            case timeoutSeconds = "timeout_seconds"
            case maxBytes = "max_bytes"
        }
    }

    public let options: Options
    private let fetcher: PageFetcher
    private let parser = FeedParser()
    private let charsets = CharsetDecoder()

    public init(options: Options = Options()) throws {
        guard options.timeoutSeconds >= 1, options.timeoutSeconds.isFinite else {
            throw FetchConfigError(key: "timeout_seconds", message: "must be at least 1 second")
        }
        guard options.maxBytes > 0 else {
            throw FetchConfigError(key: "max_bytes", message: "must be a positive number of bytes")
        }
        guard !options.userAgent.isEmpty, !options.userAgent.contains(where: \.isNewline) else {
            throw FetchConfigError(key: "user_agent", message: "must be one non-empty line")
        }
        self.options = options
        let client = HTTPClient(
            userAgent: options.userAgent, timeout: options.timeoutSeconds, maxBytes: options.maxBytes)
        fetcher = PageFetcher(client: client, maxBytes: options.maxBytes)
    }

    public func inputs(from sources: [SourceSpec], context: StageContext) throws -> [FetchRequest] {
        try SourceExpander(fetcher: fetcher, parser: parser, context: context).requests(for: sources)
    }

    public func process(_ request: FetchRequest, context: StageContext) throws -> StageOutcome<FetchedRecord> {
        let base = context.baseDirectory
        let location = PageLocation.of(request.url, relativeTo: base, base: base)
        let body: FetchedBody
        switch fetcher.fetch(location) {
        case .success(let fetched): body = fetched
        case .failure(let failure): return .reject(failure.reason, detail: failure.detail)
        }
        let page = charsets.decode(body.bytes, contentType: body.http?.contentType)
        var info = FetchInfo()
        info.url = location.recorded
        info.feedItem = request.feedItem
        if let http = body.http {
            info.finalURL = http.finalURL.absoluteString
            info.fetchedAt = Date().formatted(.iso8601)
            info.httpStatus = http.status
            info.etag = http.etag
            info.lastModified = http.lastModified
            info.contentType = http.contentType
        }
        info.charset = page.charset
        info.charsetSource = page.source.rawValue
        info.bodySHA256 = Digest.sha256Hex(body.bytes)
        let id = request.id ?? Digest.shortID(location.recorded)
        let identity = RecordIdentity(id: id, docID: request.docID ?? id, source: request.source ?? "stdin")
        return .one(FetchedRecord(identity: identity, fetch: info, html: page.text))
    }
}
