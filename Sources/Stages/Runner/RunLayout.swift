import Foundation

/// Where a run's files live: corpus/out/runs/RUN_ID/<output>.jsonl, <stage>.manifest.json,
/// <stage>.rejects.jsonl, corpus.jsonl; the lock and the last run's id at the corpus root.
public struct RunLayout: Sendable {
    public let corpus: URL
    public let runID: String

    public init(corpus: URL, runID: String) {
        self.corpus = corpus
        self.runID = runID
    }

    public var runDirectory: URL { corpus.appendingPathComponent("runs").appendingPathComponent(runID) }
    public var lockPath: String { corpus.appendingPathComponent("pipeline.lock").path }
    public var lastRunPath: String { corpus.appendingPathComponent("last-run").path }
    public var corpusPath: String { runDirectory.appendingPathComponent("corpus.jsonl").path }
    /// What carries across runs: fetch validators and seen ids, the dedupe index.
    public var stateDirectory: URL { corpus.appendingPathComponent("state") }

    public func outputPath(_ stage: StageDriver) -> String {
        runDirectory.appendingPathComponent("\(stage.outputName).jsonl").path
    }

    public func manifestPath(_ stage: StageDriver) -> String {
        runDirectory.appendingPathComponent("\(stage.name).manifest.json").path
    }

    public func rejectsPath(_ stage: StageDriver) -> String {
        runDirectory.appendingPathComponent("\(stage.name).rejects.jsonl").path
    }

    /// Run ids become folder names: letters, digits, `.`, `_` and `-` only.
    public static func isValid(runID: String) -> Bool {
        !runID.isEmpty && !runID.hasPrefix(".")
            && runID.unicodeScalars.allSatisfy { $0.isASCII && (CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0)) }
    }

    /// Today's date, the default run id: one run folder per night.
    public static func todaysRunID(now: Date = Date()) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd"
        return formatter.string(from: now)
    }

    /// The id the last `run` used, if any.
    public static func lastRunID(corpus: URL) -> String? {
        let path = corpus.appendingPathComponent("last-run").path
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let id = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        return id.isEmpty ? nil : id
    }
}
