import Foundation

/// What one fetch run learned, gathered from all workers, to be merged into `FetchState`
/// when the run's output is safely committed.
final class FetchJournal: @unchecked Sendable {
    // @unchecked: both dictionaries are behind `lock`.
    private let lock = NSLock()
    private var pages: [String: FetchState.Page] = [:]
    private var items: [String: Set<String>] = [:]

    /// A 200 answer with validators: the next night asks whether it changed.
    func recordPage(_ url: String, etag: String?, lastModified: String?, run: String) {
        guard etag != nil || lastModified != nil else { return }
        lock.withLock { pages[url] = FetchState.Page(etag: etag, lastModified: lastModified, run: run) }
    }

    /// A feed item whose page was fetched (or taken from the feed): later nights skip it.
    func recordItem(_ item: String, feed: String) {
        _ = lock.withLock { items[feed, default: []].insert(item) }
    }

    /// The full state with this run's entries replaced by what the journal holds.
    func merged(into state: FetchState, run: String) -> FetchState {
        var merged = state
        merged.pages = state.pages.filter { $0.value.run != run }
        merged.feeds = state.feeds.mapValues { $0.filter { $0.value != run } }
        lock.withLock {
            for (url, page) in pages { merged.pages[url] = page }
            for (feed, keys) in items {
                for key in keys where merged.feeds[feed]?[key] == nil { merged.feeds[feed, default: [:]][key] = run }
            }
        }
        merged.feeds = merged.feeds.filter { !$0.value.isEmpty }
        return merged
    }
}
