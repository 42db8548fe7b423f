import Foundation

/// Removes old run folders so that a nightly cron job does not fill the disk. Only folders
/// that hold a stage manifest are runs; anything else under runs/ is left alone, and so are
/// the runs to keep and the run that just finished.
public struct RunPruner {
    public let corpus: URL

    public init(corpus: URL) { self.corpus = corpus }

    /// Keeps the `keep` most recent runs (by the time their last manifest was written), always
    /// including `current`; returns the ids removed, oldest first.
    @discardableResult
    public func prune(keep: Int, current: String) throws -> [String] {
        let runs = corpus.appendingPathComponent("runs")
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: runs.path) else { return [] }
        var dated: [(id: String, time: Date)] = []
        for name in names where RunLayout.isValid(runID: name) {
            let folder = runs.appendingPathComponent(name)
            let manifests = ((try? fm.contentsOfDirectory(atPath: folder.path)) ?? []).filter { $0.hasSuffix(".manifest.json") }
            guard !manifests.isEmpty else { continue }
            let times = manifests.compactMap {
                (try? fm.attributesOfItem(atPath: folder.appendingPathComponent($0).path))?[.modificationDate] as? Date
            }
            dated.append((name, times.max() ?? .distantPast))
        }
        let newestFirst = dated.sorted { ($0.time, $0.id) > ($1.time, $1.id) }
        var kept = Set([current])
        for run in newestFirst where kept.count < max(keep, 1) { kept.insert(run.id) }
        let removed = newestFirst.reversed().filter { !kept.contains($0.id) }.map(\.id)
        for id in removed {
            try fm.removeItem(at: runs.appendingPathComponent(id))
        }
        return removed
    }
}
