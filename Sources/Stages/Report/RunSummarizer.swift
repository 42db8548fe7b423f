import Foundation

/// Reads one run's folder (manifests, rejects files, outputs) and builds its `RunSummary`.
///
/// Outputs are streamed a line at a time and only counts are kept, with a cap on distinct keys
/// per list, so a summary of a corpus of any size fits in a few MB.
public struct RunSummarizer: Sendable {
    /// How much the summary keeps.
    public struct Limits: Sendable {
        /// Entries of each top list (sources, hashtags, mentions, attributions, nouns).
        public var top = 20
        /// Distinct keys counted per list; further new keys are counted as `uncounted`.
        public var maxDistinctKeys = 100_000
        /// Reject lines shown for each reason.
        public var examplesPerReason = 3
        /// Duplicate clusters shown, largest first.
        public var clusterSamples = 10
        /// Dropped records shown per cluster.
        public var membersPerCluster = 5
        /// Bars of a date chart before it falls back to a coarser grain.
        public var maxDateBuckets = 48

        public init() {}
    }

    public var limits: Limits

    public init(limits: Limits = Limits()) {
        self.limits = limits
    }

    /// The summary of the run in `layout`; throws a StageError when the run's folder is missing.
    public func summarize(_ layout: RunLayout, now: Date = Date()) throws -> RunSummary {
        let directory = layout.runDirectory.path
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw StageError(stage: "report", reason: "no run '\(layout.runID)': \(directory) does not exist")
        }
        let keys = limits.maxDistinctKeys
        var unreadable = 0

        var articles = 0
        var published = DateTally(maxKeys: keys)
        var sources = TopCounter(maxKeys: keys)
        unreadable += try scan(ArticleLine.self, output(of: "clean", in: layout)) { line in
            articles += 1
            published.add(line.published)
            sources.add(line.source ?? "stdin")
        }

        let factsFile = [output(of: "dedupe", in: layout), output(of: "extract", in: layout)]
            .compactMap { $0 }.first { FileManager.default.fileExists(atPath: $0) }
        var languages = TopCounter(maxKeys: keys)
        let partsFile = output(of: "split", in: layout).flatMap {
            FileManager.default.fileExists(atPath: $0) ? $0 : nil
        }
        unreadable += try scan(PartLine.self, partsFile ?? factsFile) { languages.add($0.lang ?? "unknown") }

        var facts = FactsTally(maxKeys: keys)
        unreadable += try scan(FactsLine.self, factsFile) { facts.add($0) }
        var sampler = DuplicateSampler(
            largest: facts.clusters.top(limits.clusterSamples),
            membersPerCluster: limits.membersPerCluster)
        if !sampler.isEmpty {
            _ = try scan(FactsLine.self, factsFile, where: sampler.mightMatter) { sampler.add($0) }
        }

        return RunSummary(
            runID: layout.runID, runDirectory: directory, generatedAt: Self.timestamp(now),
            stages: StageRegistry.stages.map { stageSummary($0, layout: layout) },
            articles: articles, languages: languages.top(.max),
            published: published.histogram(finest: .day, maxBuckets: limits.maxDateBuckets),
            mentionedDates: facts.dates.histogram(finest: .month, maxBuckets: limits.maxDateBuckets),
            sources: sources.list(top: limits.top), hashtags: facts.hashtags.list(top: limits.top),
            mentions: facts.mentions.list(top: limits.top), attributions: facts.attributions.list(top: limits.top),
            quantities: facts.quantities.list(top: limits.top),
            duplicates: DuplicateSummary(
                records: facts.clusters.total, clusters: facts.clusters.counts.count,
                samples: sampler.samples),
            rejects: try StageRegistry.stages.compactMap { try rejects(of: $0, layout: layout) },
            unreadableLines: unreadable)
    }

    private func output(of stage: String, in layout: RunLayout) -> String? {
        StageRegistry.stage(named: stage).map { layout.outputPath($0) }
    }

    private func stageSummary(_ driver: StageDriver, layout: RunLayout) -> StageSummary {
        guard let manifest = StageManifest.read(from: layout.manifestPath(driver)) else {
            return StageSummary(stage: driver.name, ran: false)
        }
        let rate = manifest.seconds > 0 ? Double(manifest.counts.recordsIn) / manifest.seconds : nil
        return StageSummary(
            stage: driver.name, ran: true, counts: manifest.counts, seconds: manifest.seconds,
            recordsPerSecond: rate, workers: manifest.workers, finishedAt: manifest.finishedAt)
    }

    /// The stage's rejects file by reason, or nil when it is missing or empty.
    private func rejects(of driver: StageDriver, layout: RunLayout) throws -> StageRejects? {
        let path = layout.rejectsPath(driver)
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        var tally = RejectTally(maxKeys: limits.maxDistinctKeys, examplesPerReason: limits.examplesPerReason)
        let reader = try JSONLReader(path: path)
        let decoder = RecordCoding.makeDecoder()
        while let line = reader.next() {
            if let reject = try? decoder.decode(RejectRecord.self, from: line.bytes) {
                tally.add(reject)
            } else {
                // Not a reject the runner wrote: shown as such, with its first bytes, rather than dropped.
                tally.add(
                    RejectRecord(
                        id: nil, line: line.number, stage: driver.name, error: "unreadable_reject_line",
                        detail: String(decoding: line.bytes.prefix(200), as: UTF8.self)))
            }
        }
        return tally.total == 0 ? nil : tally.summary(stage: driver.name)
    }

    /// Calls `body` with each `wanted` line of `path` that decodes as `T` and returns how many
    /// did not; a missing file has no lines.
    private func scan<T: Decodable>(
        _ type: T.Type, _ path: String?, where wanted: (Data) -> Bool = { _ in true }, _ body: (T) -> Void
    ) throws -> Int {
        guard let path, FileManager.default.fileExists(atPath: path) else { return 0 }
        let reader = try JSONLReader(path: path)
        let decoder = RecordCoding.makeDecoder()
        var unreadable = 0
        while let line = reader.next() {
            guard wanted(line.bytes) else { continue }
            if let value = try? decoder.decode(T.self, from: line.bytes) { body(value) } else { unreadable += 1 }
        }
        return unreadable
    }

    private static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
