import Foundation

/// What the fetch stage remembers between nights: `corpus/out/state/fetch.json`.
///
/// - `pages`: per URL (pages and feeds, as recorded), the validators of its last 200 answer,
///   sent back as If-None-Match / If-Modified-Since so an unchanged page costs a 304.
/// - `feeds`: per feed URL, the items already fetched (guid, else link), so a later night
///   fetches only new items.
///
/// Every entry names the run that recorded it. A run reads the state without its own
/// entries (`before(run:)`), so rerunning a run sees what it saw the first time.
struct FetchState: Codable, Sendable, Equatable {
    static let fileName = "fetch.json"
    static let currentVersion = 1

    struct Page: Codable, Sendable, Equatable {
        var etag: String?
        var lastModified: String?
        var run: String

        enum CodingKeys: String, CodingKey {
            case etag, run
            case lastModified = "last_modified"
        }
    }

    var version = FetchState.currentVersion
    var pages: [String: Page] = [:]
    /// Feed URL → item key → the run that first fetched it.
    var feeds: [String: [String: String]] = [:]

    /// The state as it was before `run` recorded anything.
    func before(run: String) -> FetchState {
        var earlier = self
        earlier.pages = pages.filter { $0.value.run != run }
        earlier.feeds = feeds.mapValues { $0.filter { $0.value != run } }.filter { !$0.value.isEmpty }
        return earlier
    }

    func validators(for url: String) -> Validators? {
        pages[url].flatMap { Validators(etag: $0.etag, lastModified: $0.lastModified) }
    }

    func hasSeen(_ item: String, in feed: String) -> Bool {
        feeds[feed]?[item] != nil
    }

    /// Reads the state file; an absent file is an empty state. A file that cannot be read
    /// is an error: starting from nothing would refetch every page and feed item silently.
    static func load(from path: String) throws -> FetchState {
        guard let data = FileManager.default.contents(atPath: path) else { return FetchState() }
        let state: FetchState
        do {
            state = try JSONDecoder().decode(FetchState.self, from: data)
        } catch {
            throw FetchStateError(path: path, problem: "is not a fetch state file (\(error)); move it away to start afresh")
        }
        guard state.version == currentVersion else {
            throw FetchStateError(path: path, problem: "has version \(state.version); this pipeline reads version \(currentVersion)")
        }
        return state
    }

    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(self)
        data.append(UInt8(ascii: "\n"))
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try AtomicFile.write(data, to: path)
    }
}

/// The fetch state file cannot be used.
struct FetchStateError: Error, CustomStringConvertible {
    var path: String
    var problem: String
    var description: String { "\(path) \(problem)" }
}
