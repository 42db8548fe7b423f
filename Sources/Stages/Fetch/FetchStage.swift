import Foundation

/// The first stage: expands the config's sources into requests and fetches each page.
///
/// Sources (`SourceSpec`): feeds, URL lists, folders of saved pages and WARC files. In filter
/// mode (`pipeline stage fetch`) it reads `FetchRequest` lines instead: `{"url": ...}`, with
/// optional `id`, `doc_id`, `source` and `feed_item`.
///
/// Writes `FetchedRecord`: `id` (given, or `Digest.shortID` of the recorded url, in its
/// canonical form for http(s): `CanonicalURL`), `doc_id`,
/// `source`, `url` (http(s) URL as given, or the file's path relative to the config's folder),
/// `feed_item`, `html` (decoded to UTF-8), `charset`, `charset_source`, `body_sha256` (of the
/// raw bytes), and for HTTP only: `final_url` (after redirects), `fetched_at`, `http_status`,
/// `etag`, `last_modified`, `content_type`. Local files get no `fetched_at`, so that a rebuild
/// from saved pages is byte for byte the same.
///
/// Across nights (`FetchState` under corpus/out/state/): pages are asked for with their last
/// validators and a 304 is filtered as `not_modified`; feed items fetched on an earlier night
/// are filtered as `seen` unless a conditional request can recheck them.
///
/// Rejects: `http_status`, `network`, `unreadable`, `too_large`, `refused_scheme`,
/// `redirect_refused`, `robots_disallowed`, `archive_failed`, `warc_unreadable`, `invalid_url`.
public struct FetchStage: SourceStage, StateKeepingStage {
    public typealias Input = FetchRequest
    public typealias Output = FetchedRecord
    public typealias Sources = [SourceSpec]

    public static let name = "fetch"
    public static let outputName = "fetched"
    public static let version = 2

    public let options: Options
    private let fetcher: PageFetcher
    private let parser = FeedParser()
    private let charsets = CharsetDecoder()
    private let journal = FetchJournal()
    private let archive: ResponseArchive?

    public init(options: Options = Options()) throws {
        try options.validate()
        self.options = options
        let settings = HTTPSettings(
            userAgent: options.userAgent, connectTimeout: options.connectTimeoutSeconds,
            totalTimeout: options.timeoutSeconds, maxBytes: options.maxBytes, maxRedirects: options.maxRedirects,
            allowInternalRedirects: options.allowInternalRedirects, connectionsPerHost: options.perHostConnections)
        archive = options.warcDirectory.isEmpty
            ? nil : ResponseArchive(path: options.warcDirectory, maxFileBytes: options.warcMaxFileBytes)
        let client = PoliteClient(
            client: HTTPClient(settings: settings),
            gate: HostGate(connections: options.perHostConnections, delay: options.perHostDelaySeconds),
            robots: options.obeyRobots ? RobotsCache() : nil,
            retry: RetryPolicy(
                retries: options.retries, baseDelay: options.retryBaseSeconds, maxRetryAfter: options.maxRetryAfterSeconds),
            archive: archive)
        fetcher = PageFetcher(client: client, maxBytes: options.maxBytes)
    }

    /// Network fetches wait far more than they compute: as many workers as connections.
    public var workers: Int? { options.connections }

    /// A request is a line; its page may be megabytes: a small batch keeps memory flat.
    public var batchLines: Int? { max(64, options.connections * 16) }

    public func inputs(from sources: [SourceSpec], context: StageContext) throws -> [FetchRequest] {
        let state = try earlierState(context)
        let expander = SourceExpander(
            fetcher: fetcher, parser: parser, context: context, state: state, journal: journal, options: options)
        return try expander.requests(for: sources)
    }

    public func group(of request: FetchRequest) -> String? { request.source }

    public func process(_ request: FetchRequest, context: StageContext) throws -> StageOutcome<FetchedRecord> {
        let base = context.baseDirectory
        let location = PageLocation.of(request.url, relativeTo: base, base: base)
        let validators = Validators(etag: request.ifNoneMatch, lastModified: request.ifModifiedSince)
        if request.seenBefore == true, validators == nil || !options.recheckSeenItems {
            return .filter("seen")
        }
        let body: FetchedBody
        if let content = request.content {
            body = FetchedBody(bytes: Array(content.utf8), http: nil, location: location)
        } else if let pointer = request.warc {
            switch WARCSource.body(at: pointer, base: base, maxBytes: options.maxBytes) {
            case .success(let fetched): body = fetched
            case .failure(let failure): return .reject(failure.reason, detail: failure.detail)
            }
        } else {
            switch fetcher.fetch(location, validators: validators, base: base) {
            case .success(let fetched): body = fetched
            case .failure(let failure) where failure.reason == .notModified: return .filter("not_modified")
            case .failure(let failure): return .reject(failure.reason, detail: failure.detail)
            }
        }
        let record = makeRecord(request, location: location, body: body, fromFeed: request.content != nil)
        if let run = context.state?.runID {
            if let http = body.http, request.warc == nil {
                journal.recordPage(location.recorded, etag: http.etag, lastModified: http.lastModified, run: run)
            }
            if let feed = request.feedURL { journal.recordItem(SourceExpander.itemKey(request), feed: feed) }
        }
        return .one(record)
    }

    private func makeRecord(_ request: FetchRequest, location: PageLocation, body: FetchedBody, fromFeed: Bool) -> FetchedRecord {
        let page = charsets.decode(body.bytes, contentType: body.http?.contentType)
        var info = FetchInfo()
        info.url = location.recorded
        info.feedItem = request.feedItem
        if let http = body.http {
            info.finalURL = http.finalURL.absoluteString
            info.fetchedAt = body.fetchedAt ?? Date().formatted(.iso8601)
            info.httpStatus = http.status
            info.etag = http.etag
            info.lastModified = http.lastModified
            info.contentType = http.contentType
        }
        info.charset = page.charset
        info.charsetSource = fromFeed ? "feed" : page.source.rawValue
        info.bodySHA256 = Digest.sha256Hex(body.bytes)
        let id = request.id ?? Digest.shortID(CanonicalURL.of(location.recorded))
        let identity = RecordIdentity(id: id, docID: request.docID ?? id, source: request.source ?? "stdin")
        return FetchedRecord(identity: identity, fetch: info, html: page.text)
    }

    /// Saves the validators and seen items of this run, and finishes the WARC file.
    public func commitState(context: StageContext) throws {
        try archive?.close()
        guard let location = context.state else { return }
        let path = location.path(FetchState.fileName)
        let merged = journal.merged(into: try FetchState.load(from: path), run: location.runID)
        try merged.write(to: path)
    }

    /// The state as it was before this run recorded anything; empty in filter mode.
    private func earlierState(_ context: StageContext) throws -> FetchState {
        guard let location = context.state else { return FetchState() }
        return try FetchState.load(from: location.path(FetchState.fileName)).before(run: location.runID)
    }
}
