import Foundation

extension PipelineRunner {
    /// Runs one stage of a run when it is forced, missing or stale; otherwise reports it fresh.
    func runStage(
        _ driver: StageDriver, after previous: StageDriver?, layout: RunLayout, forced: Bool, workers: Int?
    ) throws -> StageReport {
        let prepared = try driver.prepare(config)
        let context = context(layout: layout)
        let (input, inputHash) = try stageInput(driver, after: previous, prepared: prepared, layout: layout, context: context)
        let state = try freshness(driver, prepared: prepared, layout: layout, inputHash: inputHash)
        if !forced, state == .fresh {
            return StageReport(stage: driver.name, action: .skipped("fresh"), counts: nil, seconds: nil,
                               output: layout.outputPath(driver))
        }
        let workerCount = prepared.workers ?? config.effectiveWorkers(workers)
        let started = Date()
        let counts = try execute(driver, prepared: prepared, input: input, layout: layout, workers: workerCount)
        do {
            try prepared.commitState?(context)
        } catch {
            throw StageError(stage: driver.name, reason: "cannot save its state under \(layout.stateDirectory.path): \(error)")
        }
        let seconds = Date().timeIntervalSince(started)
        let manifest = StageManifest(
            stage: driver.name, runID: layout.runID, codeVersion: driver.codeVersion,
            configSHA256: prepared.configHash, inputSHA256: inputHash,
            outputSHA256: try Digest.sha256Hex(ofFile: layout.outputPath(driver)) ?? "",
            counts: counts, seconds: (seconds * 1000).rounded() / 1000, workers: workerCount,
            finishedAt: ISO8601DateFormatter().string(from: Date()))
        try manifest.write(to: layout.manifestPath(driver))
        logger.info("\(driver.name): \(counts.recordsIn) in, \(counts.recordsOut) out, \(counts.rejected) rejected, \(counts.filtered) filtered")
        return StageReport(stage: driver.name, action: .ran, counts: counts, seconds: seconds,
                           output: layout.outputPath(driver))
    }

    /// Writes output, rejects and (for the publishing stage) corpus.jsonl; commits them only
    /// when the whole stage succeeded, so a failure leaves the previous files intact.
    private func execute(
        _ driver: StageDriver, prepared: PreparedStage, input: StageInput, layout: RunLayout, workers: Int
    ) throws -> StageCounts {
        let output = try AtomicFile(path: layout.outputPath(driver))
        let rejects = try AtomicFile(path: layout.rejectsPath(driver))
        let published = driver.publishes ? try AtomicFile(path: layout.corpusPath) : nil
        let sinks = StageSinks(output: output, published: published, rejects: rejects)
        let executor = StageExecutor(context: context(layout: layout), workers: workers, progress: progress)
        try prepared.execute(executor, input, sinks)
        try output.commit()
        try rejects.commit()
        try published?.commit()
        return sinks.counts
    }

    /// Fresh when the output exists unchanged and was made from this input, config and code.
    func freshness(
        _ driver: StageDriver, prepared: PreparedStage, layout: RunLayout, inputHash: String?
    ) throws -> StageStatus.State {
        guard let manifest = StageManifest.read(from: layout.manifestPath(driver)),
            let outputHash = try Digest.sha256Hex(ofFile: layout.outputPath(driver))
        else { return .missing }
        if driver.publishes, !FileManager.default.fileExists(atPath: layout.corpusPath) { return .missing }
        if outputHash != manifest.outputSHA256 { return .stale("output changed since it was written") }
        guard let inputHash else { return .stale("input is missing") }
        if inputHash != manifest.inputSHA256 { return .stale("input changed") }
        if prepared.configHash != manifest.configSHA256 { return .stale("settings changed") }
        if driver.codeVersion != manifest.codeVersion { return .stale("code changed (\(manifest.codeVersion))") }
        return .fresh
    }
}
