import Foundation

/// pipeline.json, checked: the corpus folder, the worker count, the sources, and one raw
/// section per stage (decoded over each stage's defaults when the stage is prepared).
public struct PipelineConfig: @unchecked Sendable {
    /// The config file, or nil for the defaults (filter mode without `--config`).
    public let file: URL?
    /// Relative paths in the config resolve against this folder.
    public let baseDirectory: URL
    /// Output root (`corpus`, default `corpus/out`).
    public let corpus: URL
    /// Dispatch workers (`workers`, default 0 = one per core).
    public let workers: Int
    /// The `sources` array as JSON.
    public let sources: Data
    /// Each stage's section as parsed JSON; absent sections use the defaults.
    let sections: [String: Any]

    static let topLevelKeys: Set<String> = ["corpus", "workers", "sources"]

    /// The defaults, with paths relative to `baseDirectory`.
    public static func defaults(baseDirectory: URL) -> PipelineConfig {
        PipelineConfig(
            file: nil, baseDirectory: baseDirectory, corpus: baseDirectory.appendingPathComponent("corpus/out"),
            workers: 0, sources: Data("[]".utf8), sections: [:])
    }

    private init(file: URL?, baseDirectory: URL, corpus: URL, workers: Int, sources: Data, sections: [String: Any]) {
        self.file = file
        self.baseDirectory = baseDirectory
        self.corpus = corpus
        self.workers = workers
        self.sources = sources
        self.sections = sections
    }

    /// The same config writing under another corpus folder (`verify --rerun` rebuilds there).
    public func relocated(corpus: URL) -> PipelineConfig {
        PipelineConfig(file: file, baseDirectory: baseDirectory, corpus: corpus, workers: workers, sources: sources, sections: sections)
    }

    /// Reads and checks a config file; every problem found is reported in one ConfigError.
    public static func load(path: String) throws -> PipelineConfig {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ConfigError(file: path, key: "", message: "cannot read the config file (does it exist?)")
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            let why = (error as NSError).userInfo["NSDebugDescription"] as? String ?? "\(error)"
            throw ConfigError(file: path, key: "", message: "not valid JSON: \(why)")
        }
        guard let root = parsed as? [String: Any] else {
            throw ConfigError(file: path, key: "", message: "expected a JSON object at the top")
        }
        var problems: [ConfigError.Problem] = []
        let base = url.deletingLastPathComponent()
        let stageNames = Set(StageRegistry.stages.map(\.name))

        var corpus = base.appendingPathComponent("corpus/out")
        if let value = root["corpus"] {
            if let text = value as? String, !text.isEmpty {
                corpus = resolve(text, against: base)
            } else {
                problems.append(.init(key: "corpus", message: "expected a non-empty string (a folder path)"))
            }
        }
        var workers = 0
        if let value = root["workers"] {
            if let number = value as? NSNumber, String(cString: number.objCType) != "c",
                number.doubleValue == number.doubleValue.rounded(), number.intValue >= 0
            {
                workers = number.intValue
            } else {
                problems.append(.init(key: "workers", message: "expected a whole number ≥ 0 (0 = one per core)"))
            }
        }
        var sources = Data("[]".utf8)
        if let value = root["sources"] {
            if value is [Any] {
                sources = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .withoutEscapingSlashes])
            } else {
                problems.append(.init(key: "sources", message: "expected an array of sources"))
            }
        }
        var sections: [String: Any] = [:]
        for key in root.keys.sorted() where !topLevelKeys.contains(key) {
            if stageNames.contains(key) {
                sections[key] = root[key]
            } else {
                let known = (topLevelKeys.sorted() + StageRegistry.stages.map(\.name)).joined(separator: ", ")
                problems.append(.init(key: key, message: "unknown key (known keys: \(known))"))
            }
        }
        let config = PipelineConfig(
            file: url, baseDirectory: base, corpus: corpus, workers: workers, sources: sources, sections: sections)
        // Decode every stage's options now, so that all problems are reported at once.
        for driver in StageRegistry.stages {
            do {
                _ = try driver.prepare(config)
            } catch let error as ConfigError {
                problems += error.problems
            }
        }
        if !problems.isEmpty { throw ConfigError(file: path, problems: problems) }
        return config
    }

    /// The file name to cite in errors.
    var displayPath: String { file?.path ?? "<defaults>" }

    /// The worker count to use: an explicit override, else the config's, where 0 means one per core.
    public func effectiveWorkers(_ override: Int? = nil) -> Int {
        let wanted = override ?? workers
        return wanted > 0 ? wanted : ProcessInfo.processInfo.activeProcessorCount
    }

    static func resolve(_ path: String, against base: URL) -> URL {
        path.hasPrefix("/") ? URL(fileURLWithPath: path) : base.appendingPathComponent(path).standardizedFileURL
    }
}
