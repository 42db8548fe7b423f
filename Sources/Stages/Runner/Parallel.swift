import Dispatch
import Foundation

/// Runs work over chunks of an array on a fixed number of Dispatch workers and returns the
/// results in input order, so that output never depends on the worker count.
enum Parallel {
    /// Chunks per worker: enough that a worker slowed by another process does not hold up the batch.
    static let chunksPerWorker = 8

    static func map<T: Sendable, R: Sendable>(
        _ items: [T], workers: Int, _ transform: @escaping @Sendable (ArraySlice<T>) -> [R]
    ) -> [R] {
        guard workers > 1, items.count > 1 else { return transform(items[...]) }
        let chunkCount = min(items.count, workers * chunksPerWorker)
        let bounds = (0...chunkCount).map { $0 * items.count / chunkCount }
        let results = ResultSlots<[R]>(count: chunkCount)
        let group = DispatchGroup()
        let work: @Sendable () -> Void = {
            while let chunk = results.claim() {
                results.store(transform(items[bounds[chunk]..<bounds[chunk + 1]]), at: chunk)
            }
        }
        // More workers than cores means work that waits (fetch): Dispatch's pool grows by about
        // one blocked thread a second, so such workers get threads of their own at once.
        let ownThreads = workers > ProcessInfo.processInfo.activeProcessorCount
        for _ in 0..<min(workers, chunkCount) {
            group.enter()
            if ownThreads {
                Thread.detachNewThread {
                    work()
                    group.leave()
                }
            } else {
                DispatchQueue.global(qos: .userInitiated).async {
                    work()
                    group.leave()
                }
            }
        }
        group.wait()
        return results.values().flatMap { $0 }
    }
}

/// Slots that workers fill by index; a lock hands out the next unclaimed index.
private final class ResultSlots<R>: @unchecked Sendable {
    private var slots: [R?]
    private var nextIndex = 0
    private let lock = NSLock()

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard nextIndex < slots.count else { return nil }
        nextIndex += 1
        return nextIndex - 1
    }

    func store(_ value: R, at index: Int) {
        lock.lock()
        slots[index] = value
        lock.unlock()
    }

    func values() -> [R] {
        lock.lock()
        defer { lock.unlock() }
        return slots.map { $0! }
    }
}
