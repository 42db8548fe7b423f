import Foundation
import Logging

/// Reads and writes `state/dedupe-index.bin`. A file that is corrupt, truncated, unreadable
/// or made with other signature options is never used: the store says so in a warning and
/// rebuilds the index from the kept corpora of the other runs (`runs/*/corpus.jsonl`). A
/// missing file is rebuilt the same way when such corpora exist (none on the first night).
struct DedupeIndexStore {
    let state: StateLocation
    let settings: DedupeIndex.Settings

    var path: String { state.path(DedupeIndexFile.name) }

    /// The index as committed by earlier runs, or rebuilt; `survey` turns a kept record of an
    /// earlier run into what the index holds.
    func load(logger: Logger, survey: (KeptDocument) -> DedupeSurvey) -> DedupeIndex {
        let reason: String
        if let data = FileManager.default.contents(atPath: path) {
            do {
                return try DedupeIndexFile.decode(data, expected: settings)
            } catch {
                reason = "\(error)"
            }
        } else if FileManager.default.fileExists(atPath: path) {
            reason = "cannot be read"
        } else {
            reason = "is missing"
        }
        let corpora = earlierCorpora()
        if !corpora.isEmpty || reason != "is missing" {
            let what = reason.hasPrefix("is ") || reason.hasPrefix("cannot") ? reason : "is unusable: " + reason
            logger.warning("dedupe index \(path) \(what); rebuilding it from the kept corpora of \(corpora.count) other run(s)")
        }
        return rebuild(from: corpora, logger: logger, survey: survey)
    }

    /// Writes `index` in place of the file, atomically.
    func save(_ index: DedupeIndex) throws {
        try FileManager.default.createDirectory(at: state.directory, withIntermediateDirectories: true)
        try AtomicFile.write(DedupeIndexFile.encode(index), to: path)
    }

    /// `runs/<id>/corpus.jsonl` of every run but this one, oldest first (by the corpus file's
    /// modification time, then id), so that the rebuilt index lists runs as they were committed.
    func earlierCorpora() -> [(runID: String, path: String)] {
        let runs = state.directory.deletingLastPathComponent().appendingPathComponent("runs")
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: runs.path) else { return [] }
        var found: [(runID: String, path: String, time: Date)] = []
        for name in names where name != state.runID && !name.hasPrefix(".") {
            let corpus = runs.appendingPathComponent(name).appendingPathComponent("corpus.jsonl").path
            guard let attributes = try? fm.attributesOfItem(atPath: corpus) else { continue }
            found.append((name, corpus, attributes[.modificationDate] as? Date ?? .distantPast))
        }
        return found.sorted { ($0.time, $0.runID) < ($1.time, $1.runID) }.map { ($0.runID, $0.path) }
    }

    private func rebuild(
        from corpora: [(runID: String, path: String)], logger: Logger, survey: (KeptDocument) -> DedupeSurvey
    ) -> DedupeIndex {
        var index = DedupeIndex(settings: settings)
        let decoder = RecordCoding.makeDecoder()
        for corpus in corpora {
            var run = DedupeIndex.Run(id: corpus.runID)
            var unreadable = 0
            do {
                let reader = try JSONLReader(path: corpus.path)
                while let line = reader.next() {
                    guard let document = try? decoder.decode(KeptDocument.self, from: line.bytes) else {
                        unreadable += 1
                        continue
                    }
                    if document.dedupe?.kept ?? true { run.append(survey(document)) }
                }
            } catch {
                logger.warning("dedupe index rebuild: cannot read \(corpus.path): \(error)")
            }
            if unreadable > 0 {
                logger.warning("dedupe index rebuild: skipped \(unreadable) unreadable line(s) of \(corpus.path)")
            }
            index.runs.append(run)
        }
        return index
    }
}

/// What the index needs of a published record (a DedupedRecord line of corpus.jsonl).
struct KeptDocument: Decodable {
    struct Verdict: Decodable { var kept: Bool }

    var id: String
    var text: String
    var published: String?
    var dedupe: Verdict?
}
