import Foundation
import Logging

#if canImport(Glibc)
    import Glibc
#endif

/// Turns the config's sources into fetch requests, in a fixed order: source order, then feed
/// order, list order, or file paths sorted by their UTF-8 bytes.
///
/// Every request gets its id here (`Digest.shortID` of its recorded url, canonical for http(s):
/// tracking parameters, default ports and such do not make a second page); a request whose id
/// was already seen in this expansion is skipped and logged.
///
/// Failures: a local feed, list or folder that cannot be read is a config error and throws;
/// a remote feed that cannot be fetched or parsed is logged as an error and contributes no
/// requests, so that one dead feed does not stop a nightly run. Items of a remote feed that
/// point at local files (`file:` links) are skipped with a warning: a feed from the network
/// must not make the pipeline read this machine's files.
///
/// Earlier nights (`state`): a feed is fetched with its validators (a 304 means no new items);
/// each remote request carries its page's validators, and each feed item says whether an
/// earlier night fetched it.
struct SourceExpander {
    let fetcher: PageFetcher
    let parser: FeedParser
    let context: StageContext
    let state: FetchState
    let journal: FetchJournal
    let options: FetchStage.Options

    private var base: URL { context.baseDirectory }

    func requests(for sources: [SourceSpec]) throws -> [FetchRequest] {
        var seen: Set<String> = []
        var requests: [FetchRequest] = []
        for source in sources {
            for var request in try expand(source) {
                let id = Digest.shortID(CanonicalURL.of(request.url))
                guard seen.insert(id).inserted else {
                    context.logger.info(
                        "skipping a repeated request", metadata: ["source": "\(source.name)", "url": "\(request.url)"])
                    continue
                }
                request.id = id
                if PageLocation.scheme(of: request.url) == "http" || PageLocation.scheme(of: request.url) == "https",
                    request.warc == nil, request.content == nil, let validators = state.validators(for: request.url)
                {
                    request.ifNoneMatch = validators.etag
                    request.ifModifiedSince = validators.lastModified
                }
                requests.append(request)
            }
        }
        return requests
    }

    private func expand(_ source: SourceSpec) throws -> [FetchRequest] {
        switch source.type {
        case .feed:
            return try feedRequests(source, location: PageLocation.of(source.url ?? "", relativeTo: base, base: base))
        case .urls:
            if let urls = source.urls {
                return urls.map { request(source, PageLocation.of($0, relativeTo: base, base: base)) }
            }
            return try listRequests(source, list: URL(fileURLWithPath: source.path ?? "", relativeTo: base))
        case .files:
            return try fileRequests(source, folder: URL(fileURLWithPath: source.path ?? "", relativeTo: base))
        case .warc:
            return try warcRequests(source, path: URL(fileURLWithPath: source.path ?? "", relativeTo: base))
        }
    }

    /// The key a feed item is remembered by: its guid, else its link.
    static func itemKey(_ request: FetchRequest) -> String {
        request.feedItem?.guid ?? request.url
    }

    private func request(_ source: SourceSpec, _ location: PageLocation, item: FeedItem? = nil) -> FetchRequest {
        FetchRequest(source: source.name, url: location.recorded, feedItem: item)
    }

    private func feedRequests(_ source: SourceSpec, location: PageLocation) throws -> [FetchRequest] {
        let body: FetchedBody
        switch fetcher.fetch(location, validators: state.validators(for: location.recorded), base: base) {
        case .success(let fetched): body = fetched
        case .failure(let failure) where failure.reason == .notModified:
            context.logger.info("feed not modified since the last night", metadata: ["source": "\(source.name)"])
            return []
        case .failure(let failure):
            guard case .remote = location else { throw FetchConfigError(source, "feed: \(failure.detail)") }
            context.logger.error(
                "feed not fetched", metadata: ["source": "\(source.name)", "error": "\(failure.detail)"])
            return []
        }
        let feed = parser.parse(body.bytes, url: body.location.url?.absoluteString)
        guard feed.format != nil else {
            guard case .remote = location else { throw FetchConfigError(source, "\(location.recorded) is not a feed") }
            context.logger.error("not a feed", metadata: ["source": "\(source.name)", "url": "\(location.recorded)"])
            return []
        }
        if let run = context.state?.runID, let http = body.http {
            journal.recordPage(location.recorded, etag: http.etag, lastModified: http.lastModified, run: run)
        }
        if feed.bozo {
            context.logger.warning(
                "feed is not well-formed XML; read in recovery mode", metadata: ["source": "\(source.name)"])
        }
        return feed.entries.compactMap { entry in
            guard let link = entry.link else {
                context.logger.warning(
                    "feed item without a link", metadata: ["source": "\(source.name)", "title": "\(entry.title ?? "")"])
                return nil
            }
            let page = PageLocation.link(link, in: body.location, base: base)
            if page.isLocal, !location.isLocal {
                context.logger.warning(
                    "remote feed links to a local file; skipped",
                    metadata: ["source": "\(source.name)", "link": "\(link)"])
                return nil
            }
            let item = FeedItem(
                title: entry.title, guid: entry.id, published: entry.published ?? entry.updated, summary: entry.summary)
            var found = request(source, page, item: item)
            found.feedURL = location.recorded
            if state.hasSeen(Self.itemKey(found), in: location.recorded) { found.seenBefore = true }
            if options.useFeedContent, let html = fullContent(of: entry) { found.content = html }
            return found
        }
    }

    /// The entry's content when it holds the whole article: HTML with at least
    /// `feed_content_min_chars` characters of text.
    private func fullContent(of entry: FeedEntry) -> String? {
        entry.content.lazy.filter { ($0.value?.count ?? 0) >= options.feedContentMinChars }.compactMap(\.html).first
    }

    private func warcRequests(_ source: SourceSpec, path: URL) throws -> [FetchRequest] {
        do {
            return try WARCSource.files(at: path).flatMap { file in
                let recorded = PageLocation.of(file.path, relativeTo: base, base: base).recorded
                return try WARCSource.entries(in: file, recorded: recorded, maxBytes: options.maxBytes).map { entry in
                    var request = FetchRequest(source: source.name, url: entry.targetURI)
                    request.warc = entry.pointer
                    return request
                }
            }
        } catch {
            throw FetchConfigError(source, "\(error)")
        }
    }

    private func listRequests(_ source: SourceSpec, list: URL) throws -> [FetchRequest] {
        let text: String
        do {
            text = try String(contentsOf: list, encoding: .utf8)
        } catch {
            throw FetchConfigError(source, "cannot read the list \(list.path): \(error.localizedDescription)")
        }
        let folder = list.deletingLastPathComponent()
        return text.split(whereSeparator: \.isNewline).compactMap { line in
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty, !entry.hasPrefix("#") else { return nil }
            return request(source, PageLocation.of(entry, relativeTo: folder, base: base))
        }
    }

    private func fileRequests(_ source: SourceSpec, folder: URL) throws -> [FetchRequest] {
        let root = folder.standardizedFileURL.path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isFolder), isFolder.boolValue,
            let walker = FileManager.default.enumerator(atPath: root)
        else { throw FetchConfigError(source, "\(root) is not a folder") }
        var matches: [String] = []
        while let relative = walker.nextObject() as? String {
            let name = (relative as NSString).lastPathComponent
            let type = walker.fileAttributes?[.type] as? FileAttributeType
            if name.hasPrefix(".") {
                if type == .typeDirectory { walker.skipDescendants() }
                continue
            }
            guard fnmatch(source.pattern, name, 0) == 0 else { continue }
            if type == .typeRegular || (type == .typeSymbolicLink && isRegularFile(root + "/" + relative)) {
                matches.append(relative)
            }
        }
        matches.sort { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        return matches.map { request(source, PageLocation.of(root + "/" + $0, relativeTo: base, base: base)) }
    }

    /// Whether `path` is a regular file once symbolic links are followed.
    private func isRegularFile(_ path: String) -> Bool {
        var isFolder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
    }
}
