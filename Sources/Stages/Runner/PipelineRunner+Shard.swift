import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension PipelineRunner {
    /// Runs one shard of a stage: only the input lines whose key hashes to `shard.index`, into
    /// the shard's own files. It takes no corpus lock and cleans up no temporary files, so that
    /// the elements of a Slurm job array can run at once on one run folder; each writes only
    /// its own files, atomically. `force` first removes this stage's shard files that were
    /// planned with another shard count (otherwise their presence is refused).
    ///
    /// A corpus stage (dedupe) runs only its survey step here and writes the surveys; its
    /// decisions and output come from the join, `merge`.
    @discardableResult
    public func runShard(stage name: String, shard: ShardSpec, runID: String, workers: Int? = nil, force: Bool = false) throws -> StageReport {
        let stages = StageRegistry.stages
        guard let position = stages.firstIndex(where: { $0.name == name }) else {
            throw ShardError("unknown stage \(name) (stages: \(StageRegistry.names.joined(separator: ", ")))")
        }
        let driver = stages[position]
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        try FileManager.default.createDirectory(at: layout.runDirectory, withIntermediateDirectories: true)
        try clearOtherCounts(driver, shard: shard, layout: layout, force: force)

        let prepared = try driver.prepare(config)
        let context = context(layout: layout)
        let (base, inputHash) = try stageInput(driver, after: position > 0 ? stages[position - 1] : nil,
                                               prepared: prepared, layout: layout, context: context)
        let workerCount = prepared.workers ?? config.effectiveWorkers(workers)
        let sharded = ShardedInput(base: base, shard: shard, workers: config.effectiveWorkers(workers))
        let paths = layout.shardPaths(driver, shard)
        let started = Date()

        let output = try AtomicFile(path: paths.output)
        let rejects = try AtomicFile(path: paths.rejects)
        let sinks = StageSinks(output: output, published: nil, rejects: rejects)
        sinks.index = try ShardIndexWriter(path: paths.index)
        let executor = StageExecutor(context: context, workers: workerCount, progress: progress)
        if let steps = prepared.corpusSteps {
            try steps.survey(executor, .shard(sharded), sinks)
        } else {
            try prepared.execute(executor, .shard(sharded), sinks)
        }
        try output.commit()
        try rejects.commit()
        try sinks.index?.commit()
        // A corpus stage learns nothing from surveying: its join commits its state.
        if prepared.corpusSteps == nil {
            try commitSharedState(prepared, driver: driver, layout: layout, context: context)
        }

        let seconds = Date().timeIntervalSince(started)
        var manifest = StageManifest(
            stage: driver.name, runID: runID, codeVersion: driver.codeVersion,
            configSHA256: prepared.configHash, inputSHA256: inputHash,
            outputSHA256: try Digest.sha256Hex(ofFile: paths.output) ?? "",
            counts: sinks.counts, seconds: (seconds * 1000).rounded() / 1000, workers: workerCount,
            finishedAt: ISO8601DateFormatter().string(from: Date()))
        manifest.shard = ShardInfo(index: shard.index, count: shard.count, inputLines: sharded.inputLines)
        try manifest.write(to: paths.manifest)
        let counts = sinks.counts
        logger.info("\(driver.name) shard \(shard): \(counts.recordsIn) of \(sharded.inputLines) in, \(counts.recordsOut) \(driver.joinsShards ? "surveyed" : "out"), \(counts.rejected) rejected")
        return StageReport(stage: "\(driver.name) \(shard)", action: .ran, counts: counts, seconds: seconds, output: paths.output)
    }

    /// Refuses (or with `force` removes) this stage's shard files planned with another count:
    /// merging shards of 3 with shards of 2 would lose or double records.
    private func clearOtherCounts(_ driver: StageDriver, shard: ShardSpec, layout: RunLayout, force: Bool) throws {
        let others = layout.shardFiles(driver).filter { $0.shard.count != shard.count }
        guard !others.isEmpty else { return }
        let counts = Set(others.map { $0.shard.count }).sorted().map(String.init).joined(separator: ", ")
        guard force else {
            throw ShardError("""
                \(driver.name): shard \(shard) refused: this run already has \(driver.name) shard files planned as \(counts) \
                shard(s): \(others.map { $0.name }.joined(separator: ", ")) in \(layout.runDirectory.path). \
                Finish and merge those (pipeline merge \(driver.name)), or rerun with --force to delete them.
                """)
        }
        for file in others {
            let path = layout.runDirectory.appendingPathComponent(file.name).path
            if unlink(path) != 0, errno != ENOENT { throw IOError(path: path, operation: "remove", code: errno) }
        }
        logger.notice("\(driver.name): removed \(others.count) shard file(s) planned as \(counts) shard(s)")
    }

    /// A shard's whole input: the previous stage's merged output, or fetch's expanded sources.
    func stageInput(
        _ driver: StageDriver, after previous: StageDriver?, prepared: PreparedStage, layout: RunLayout, context: StageContext
    ) throws -> (StageInput, String) {
        if let expand = prepared.expand {
            let lines: [Data]
            do {
                lines = try expand(context)
            } catch let error as ConfigError {
                throw error
            } catch let problem as StageConfigProblem {
                throw ConfigError(problem, stage: driver.name, file: config.displayPath)
            } catch {
                throw StageError(stage: driver.name, reason: "cannot read the sources: \(error)")
            }
            return (.lines(lines), Digest.sha256Hex(Data(lines.joined(separator: Data([0x0A])))))
        }
        guard let previous else { throw StageError(stage: driver.name, reason: "has no input") }
        let path = layout.outputPath(previous)
        guard let hash = try Digest.sha256Hex(ofFile: path) else {
            throw StageError(stage: driver.name, reason:
                "its input \(path) does not exist: run the earlier stages first (pipeline run), or merge the shards of \(previous.name) (pipeline merge \(previous.name))")
        }
        return (.file(path), hash)
    }

    /// Saves what a shard's stage learned for later runs (fetch: validators and seen items).
    /// Shards save one after another under an exclusive lock on the state folder, since each
    /// reads the state file, adds its own entries and writes it back.
    private func commitSharedState(_ prepared: PreparedStage, driver: StageDriver, layout: RunLayout, context: StageContext) throws {
        guard let commit = prepared.commitState else { return }
        do {
            try FileManager.default.createDirectory(at: layout.stateDirectory, withIntermediateDirectories: true)
            let lockPath = layout.stateDirectory.appendingPathComponent(".shard-state.lock").path
            let fd = open(lockPath, O_RDWR | O_CREAT, 0o644)
            guard fd >= 0 else { throw IOError(path: lockPath, operation: "open", code: errno) }
            defer { close(fd) }
            guard flock(fd, LOCK_EX) == 0 else { throw IOError(path: lockPath, operation: "lock", code: errno) }
            defer { flock(fd, LOCK_UN) }
            try commit(context)
        } catch {
            throw StageError(stage: driver.name, reason: "cannot save its state under \(layout.stateDirectory.path): \(error)")
        }
    }
}
