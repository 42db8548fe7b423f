import Foundation
import Logging

/// Runs the stages of pipeline.json over a corpus: skips fresh stages, reruns stale ones,
/// writes every file atomically and each manifest last, under a lock.
public struct PipelineRunner {
    /// Which stages a run considers.
    public enum Selection: Sendable, Equatable {
        /// Every stage, each only when missing or stale (all of them with `force`).
        case all(force: Bool)
        /// This stage alone, from its existing input, whether fresh or not.
        case only(String)
        /// This stage and every later one, whether fresh or not.
        case from(String)
    }

    public let config: PipelineConfig
    public let logger: Logger
    /// Told after each batch of each stage; nil for no progress reports.
    public var progress: ProgressHandler?

    public init(config: PipelineConfig, logger: Logger, progress: ProgressHandler? = nil) {
        self.config = config
        self.logger = logger
        self.progress = progress
    }

    /// Runs the selected stages; `report` is called after each stage (to print progress).
    @discardableResult
    public func run(
        selection: Selection, runID: String, workers: Int? = nil, report: (StageReport) -> Void = { _ in }
    ) throws -> [StageReport] {
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        try FileManager.default.createDirectory(at: layout.runDirectory, withIntermediateDirectories: true)
        let lock = try RunLock(path: layout.lockPath)
        defer { lock.release() }
        if let pid = lock.tookOverFrom {
            logger.warning("took over a stale lock left by pid \(pid) (that process is gone): \(layout.lockPath)")
        }
        for folder in [config.corpus, layout.runDirectory, layout.stateDirectory] {
            let removed = AtomicFile.removeStale(in: folder)
            if removed > 0 { logger.info("removed \(removed) temporary file(s) left by an interrupted run in \(folder.path)") }
        }
        try AtomicFile.write(Data((runID + "\n").utf8), to: layout.lastRunPath)

        let stages = StageRegistry.stages
        if case .only(let name) = selection, StageRegistry.stage(named: name) == nil { throw unknownStage(name) }
        if case .from(let name) = selection, StageRegistry.stage(named: name) == nil { throw unknownStage(name) }
        var reports: [StageReport] = []
        var reachedFrom = false
        for (index, driver) in stages.enumerated() {
            let forced: Bool
            switch selection {
            case .all(let force): forced = force
            case .only(let name):
                guard driver.name == name else { continue }
                forced = true
            case .from(let name):
                reachedFrom = reachedFrom || driver.name == name
                guard reachedFrom else { continue }
                forced = true
            }
            let previous = index > 0 ? stages[index - 1] : nil
            let stageReport = try runStage(driver, after: previous, layout: layout, forced: forced, workers: workers)
            reports.append(stageReport)
            report(stageReport)
        }
        return reports
    }

    /// Each stage's state in a run, judged from the manifests without running anything.
    /// Fetch is judged on its settings and sources only: reading remote feeds is left to `run`.
    public func status(runID: String) throws -> [StageStatus] {
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        var statuses: [StageStatus] = []
        var upstream: String?
        for (index, driver) in StageRegistry.stages.enumerated() {
            let prepared = try driver.prepare(config)
            let manifest = StageManifest.read(from: layout.manifestPath(driver))
            var state: StageStatus.State
            if driver.readsSources {
                state = try freshness(driver, prepared: prepared, layout: layout, inputHash: manifest?.inputSHA256)
            } else {
                let input = layout.outputPath(StageRegistry.stages[index - 1])
                state = try freshness(driver, prepared: prepared, layout: layout, inputHash: try Digest.sha256Hex(ofFile: input))
            }
            // A stage after a stale or missing one will be rerun when its input is remade.
            if state == .fresh, let upstream { state = .stale("\(upstream) is not fresh") }
            if state != .fresh, upstream == nil { upstream = driver.name }
            statuses.append(StageStatus(stage: driver.name, state: state, manifest: manifest))
        }
        return statuses
    }

    /// Runs one stage as a Unix filter: JSON lines from `input`, outputs to `output`, rejects to `rejects`.
    public func filter(
        stage name: String, input: UnsafeMutablePointer<FILE>, output: RecordSink, rejects: RecordSink,
        workers: Int? = nil
    ) throws -> StageCounts {
        guard let driver = StageRegistry.stage(named: name) else { throw unknownStage(name) }
        let prepared = try driver.prepare(config)
        let sinks = StageSinks(output: output, published: nil, rejects: rejects)
        let executor = StageExecutor(
            context: context(), workers: prepared.workers ?? config.effectiveWorkers(workers), progress: progress)
        if driver.publishes {
            // A corpus stage reads its input twice: keep standard input in a temporary file.
            let spool = try Spool(copying: input)
            try prepared.execute(executor, .file(spool.path), sinks)
        } else {
            try prepared.execute(executor, .stream(input), sinks)
        }
        return sinks.counts
    }

    func context(layout: RunLayout? = nil) -> StageContext {
        StageContext(
            logger: logger, baseDirectory: config.baseDirectory,
            state: layout.map { StateLocation(directory: $0.stateDirectory, runID: $0.runID) })
    }

    private func unknownStage(_ name: String) -> ConfigError {
        ConfigError(file: "command line", key: "stage", message:
            "unknown stage \(name) (stages: \(StageRegistry.names.joined(separator: ", ")))")
    }
}
