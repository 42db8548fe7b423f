import Foundation

/// What a run's `decide` leaves for its `commitState`: the index it compared with (all runs,
/// as loaded or rebuilt) and the documents this run kept. The stage is a value made once per
/// run; this is the one mutable thing it holds, behind a lock.
final class DedupeJournal: @unchecked Sendable {
    struct Entry {
        var index: DedupeIndex
        var kept: DedupeIndex.Run
    }

    private let lock = NSLock()
    private var entry: Entry?

    func record(_ entry: Entry) {
        lock.withLock { self.entry = entry }
    }

    /// The recorded entry, once: nil when `decide` has not run since the last take.
    func take() -> Entry? {
        lock.withLock {
            defer { entry = nil }
            return entry
        }
    }
}
