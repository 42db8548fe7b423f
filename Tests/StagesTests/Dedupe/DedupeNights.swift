import Foundation
import Logging
import XCTest

@testable import Stages

/// A corpus folder on which dedupe runs night after night the way the runner drives it:
/// survey, decide, output, corpus.jsonl of the kept records, then `commitState`.
final class DedupeNights {
    let folder: TemporaryDirectory
    let log = DedupeLogRecorder()

    init() throws { folder = try TemporaryDirectory() }

    var stateDirectory: URL { folder.url.appendingPathComponent("out/state") }
    var indexPath: String { stateDirectory.appendingPathComponent(DedupeIndexFile.name).path }

    func corpusPath(_ runID: String) -> String {
        folder.url.appendingPathComponent("out/runs/\(runID)/corpus.jsonl").path
    }

    /// Runs dedupe as night `runID`; returns every record's output in input order.
    @discardableResult
    func run(_ runID: String, _ records: [ExtractedRecord], options: DedupeStage.Options = .init()) throws -> [DedupedRecord] {
        let stage = try DedupeStage(options: options)
        var context = log.context()
        context.state = StateLocation(directory: stateDirectory, runID: runID)
        let surveys = try records.map { record -> DedupeSurvey in
            guard case .emit(let found) = try stage.survey(record, context: context) else { throw TestFailure() }
            return found[0]
        }
        let outputs = zip(records, stage.decide(surveys, context: context)).map { stage.output($0, decision: $1) }
        let corpus = corpusPath(runID)
        try FileManager.default.createDirectory(
            at: URL(fileURLWithPath: corpus).deletingLastPathComponent(), withIntermediateDirectories: true)
        let file = try AtomicFile(path: corpus)
        for output in outputs where stage.publishes(output) { try file.writeLine(RecordCoding.encode(output)) }
        try file.commit()
        try stage.commitState(context: context)
        return outputs
    }

    func index(options: DedupeStage.Options = .init()) throws -> DedupeIndex {
        try DedupeIndexFile.decode(Data(contentsOf: URL(fileURLWithPath: indexPath)), expected: .init(options))
    }

    static func record(_ id: String, _ text: String, published: String? = nil) -> ExtractedRecord {
        var article = ArticleInfo()
        article.published = published
        let part = SplitRecord(
            identity: RecordIdentity(id: id, source: "test"), fetch: FetchInfo(), article: article, lang: nil,
            confidence: 1, segments: [], blocks: [], text: text)
        return ExtractedRecord(normalized: NormalizedRecord(part: part, originalText: text, annotations: []), facts: Facts())
    }
}

extension Array where Element == DedupedRecord {
    /// The verdict on the record with `id`.
    func verdict(_ id: String) -> DedupeVerdict? {
        first { $0.extracted.normalized.part.identity.id == id }?.dedupe
    }
}

/// Keeps what a stage logs, so that tests can check its warnings.
final class DedupeLogRecorder: LogHandler, @unchecked Sendable {
    // @unchecked: `entries` is guarded by `lock`.
    private let lock = NSLock()
    private var entries: [(level: Logger.Level, message: String)] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    var warnings: [String] { lock.withLock { entries.filter { $0.level == .warning }.map(\.message) } }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        lock.withLock { entries.append((event.level, event.message.description)) }
    }

    func clear() { lock.withLock { entries.removeAll() } }

    func context() -> StageContext {
        StageContext(logger: Logger(label: "test", factory: { _ in self }), baseDirectory: URL(fileURLWithPath: "/"))
    }
}
