import Foundation

#if canImport(Glibc)
import Glibc
#endif

extension PipelineRunner {
    /// Joins a stage's N shards into its normal output, rejects and manifest, so that `status`
    /// and later stages see a fresh stage whose files equal an unsharded run's byte for byte.
    ///
    /// Refused unless all N shard manifests exist and agree with each other and with the
    /// current config, code and input. The shard files are removed afterwards unless
    /// `keepShards`: the merged files hold everything they did, and a later sharding with
    /// another count would otherwise be refused.
    ///
    /// For a corpus stage (dedupe) this is the join step: it reads the shards' surveys in input
    /// order, decides once over all of them (bucket matching and clustering happen here, with
    /// the run's state), writes the output and corpus.jsonl over the whole input on `workers`
    /// (default: the config's), and commits the stage's state, as an unsharded run does.
    @discardableResult
    public func merge(stage name: String, runID: String, keepShards: Bool = false, workers: Int? = nil) throws -> StageReport {
        guard let position = StageRegistry.stages.firstIndex(where: { $0.name == name }) else {
            throw ShardError("unknown stage \(name) (stages: \(StageRegistry.names.joined(separator: ", ")))")
        }
        let driver = StageRegistry.stages[position]
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        let count = try shardCount(driver, layout: layout, runID: runID)
        let lock = try RunLock(path: layout.lockPath)
        defer { lock.release() }
        if let pid = lock.tookOverFrom {
            logger.warning("took over a stale lock left by pid \(pid) (that process is gone): \(layout.lockPath)")
        }
        let started = Date()
        let shards = try (0..<count).map { try ShardSpec(index: $0, count: count) }
        let manifests = try shardManifests(driver, shards: shards, layout: layout, runID: runID)
        let first = manifests[0]
        let prepared = try driver.prepare(config)
        try checkCurrent(driver, prepared: prepared, shards: first, position: position, layout: layout)

        let paths = shards.map { layout.shardPaths(driver, $0) }
        let output = try AtomicFile(path: layout.outputPath(driver))
        let rejects = try AtomicFile(path: layout.rejectsPath(driver))
        let published = driver.publishes ? try AtomicFile(path: layout.corpusPath) : nil
        var counts = StageCounts.sum(manifests.map(\.counts))
        let joined: Int
        if let steps = prepared.corpusSteps {
            // The shards counted their surveys as outputs; the join counts the records it writes.
            counts.recordsOut = 0
            let sinks = StageSinks(output: output, published: published, rejects: rejects, counts: counts)
            let executor = StageExecutor(
                context: context(layout: layout), workers: config.effectiveWorkers(workers), progress: progress)
            joined = try steps.join(executor, paths, .file(layout.outputPath(StageRegistry.stages[position - 1])), sinks)
            counts = sinks.counts
        } else {
            joined = try ShardMerger(shards: paths).merge(into: output, rejects: rejects)
        }
        let inputLines = first.shard?.inputLines ?? 0
        guard joined == inputLines else {
            throw ShardError("\(driver.name): the \(count) shards hold \(joined) input lines but the input has \(inputLines)")
        }
        try output.commit()
        try rejects.commit()
        try published?.commit()
        if prepared.corpusSteps != nil {
            do {
                try prepared.commitState?(context(layout: layout))
            } catch {
                throw StageError(stage: driver.name, reason: "cannot save its state under \(layout.stateDirectory.path): \(error)")
            }
        }

        let seconds = manifests.reduce(0) { $0 + $1.seconds } + Date().timeIntervalSince(started)
        let manifest = StageManifest(
            stage: driver.name, runID: runID, codeVersion: first.codeVersion, configSHA256: first.configSHA256,
            inputSHA256: first.inputSHA256, outputSHA256: try Digest.sha256Hex(ofFile: layout.outputPath(driver)) ?? "",
            counts: counts, seconds: (seconds * 1000).rounded() / 1000, workers: first.workers,
            finishedAt: ISO8601DateFormatter().string(from: Date()))
        try manifest.write(to: layout.manifestPath(driver))
        try AtomicFile.write(Data((runID + "\n").utf8), to: layout.lastRunPath)
        if !keepShards { try removeShardFiles(driver, layout: layout) }
        logger.info("\(driver.name): merged \(count) shards: \(counts.recordsIn) in, \(counts.recordsOut) out, \(counts.rejected) rejected")
        return StageReport(stage: driver.name, action: .ran, counts: counts, seconds: seconds, output: layout.outputPath(driver))
    }

    /// The one shard count this stage's shard files were planned with.
    private func shardCount(_ driver: StageDriver, layout: RunLayout, runID: String) throws -> Int {
        let files = layout.shardFiles(driver)
        let byCount = Dictionary(grouping: files, by: { $0.shard.count })
        guard let count = byCount.keys.first else {
            throw ShardError("""
                \(driver.name): no shards to merge in \(layout.runDirectory.path): run \
                pipeline run --stage \(driver.name) --shard I/N --run-id \(runID) for every I from 0 to N-1 first
                """)
        }
        guard byCount.count == 1 else {
            let groups = byCount.keys.sorted().map { n in
                "\(n) shards: " + byCount[n]!.map { $0.name }.joined(separator: ", ")
            }
            throw ShardError("""
                \(driver.name): shard files planned with different counts in \(layout.runDirectory.path) \
                (\(groups.joined(separator: "; "))). Remove the set you do not want, or rerun its shards \
                with --force, which deletes the others.
                """)
        }
        return count
    }

    /// Every shard's manifest, checked to be present, finished and in agreement.
    private func shardManifests(_ driver: StageDriver, shards: [ShardSpec], layout: RunLayout, runID: String) throws -> [StageManifest] {
        var manifests: [StageManifest] = []
        var missing: [String] = []
        for shard in shards {
            let paths = layout.shardPaths(driver, shard)
            guard let manifest = StageManifest.read(from: paths.manifest), manifest.shard?.index == shard.index,
                manifest.shard?.count == shard.count
            else {
                missing.append("\(shard) (\(URL(fileURLWithPath: paths.manifest).lastPathComponent))")
                continue
            }
            let outputHash = try Digest.sha256Hex(ofFile: paths.output)
            guard outputHash == manifest.outputSHA256, FileManager.default.fileExists(atPath: paths.index),
                FileManager.default.fileExists(atPath: paths.rejects)
            else {
                throw ShardError("\(driver.name): shard \(shard)'s files are missing or changed since its manifest was written: rerun it")
            }
            manifests.append(manifest)
        }
        guard missing.isEmpty else {
            throw ShardError("""
                \(driver.name): cannot merge: missing shard(s) \(missing.joined(separator: ", ")) in \(layout.runDirectory.path); \
                run pipeline run --stage \(driver.name) --shard I/\(shards.count) --run-id \(runID) for each
                """)
        }
        let first = manifests[0]
        let disagreements: [(String, KeyPath<StageManifest, String>)] = [
            ("input", \.inputSHA256), ("settings", \.configSHA256), ("code version", \.codeVersion),
        ]
        for (what, key) in disagreements where manifests.contains(where: { $0[keyPath: key] != first[keyPath: key] }) {
            let values = zip(shards, manifests).map { "\($0.0): \($0.1[keyPath: key].prefix(16))" }
            throw ShardError("\(driver.name): the shards disagree on their \(what) (\(values.joined(separator: ", "))): rerun the ones that differ")
        }
        if manifests.contains(where: { $0.shard?.inputLines != first.shard?.inputLines }) {
            throw ShardError("\(driver.name): the shards read inputs of different lengths: rerun them")
        }
        return manifests
    }

    /// The shards must have been made with the current settings and code, and (for a stage that
    /// reads a file) from the input that is there now; fetch's sources are not read again.
    private func checkCurrent(
        _ driver: StageDriver, prepared: PreparedStage, shards: StageManifest, position: Int, layout: RunLayout
    ) throws {
        if prepared.configHash != shards.configSHA256 {
            throw ShardError("\(driver.name): the settings changed since the shards ran: rerun them")
        }
        if driver.codeVersion != shards.codeVersion {
            throw ShardError("\(driver.name): the shards were made by \(shards.codeVersion), this is \(driver.codeVersion): rerun them")
        }
        guard !driver.readsSources, position > 0 else { return }
        let input = layout.outputPath(StageRegistry.stages[position - 1])
        if try Digest.sha256Hex(ofFile: input) != shards.inputSHA256 {
            throw ShardError("\(driver.name): its input \(input) changed since the shards ran: rerun them")
        }
    }

    private func removeShardFiles(_ driver: StageDriver, layout: RunLayout) throws {
        // Manifests last, so that an interrupted clean-up never leaves a shard looking finished.
        let names = layout.shardFiles(driver).map { $0.name }.sorted { !$0.hasSuffix(".manifest.json") && $1.hasSuffix(".manifest.json") }
        for name in names {
            let path = layout.runDirectory.appendingPathComponent(name).path
            if unlink(path) != 0, errno != ENOENT { throw IOError(path: path, operation: "remove", code: errno) }
        }
    }
}
