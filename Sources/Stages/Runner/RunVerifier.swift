import Crypto
import Foundation
import Logging

#if canImport(Glibc)
import Glibc
#endif

/// Checks a run's files against its manifests, and can rebuild the run elsewhere to compare
/// every file byte for byte. Reads in constant memory; never writes into the run.
public struct RunVerifier {
    /// What one stage's manifest says that its files do not (empty when all agree).
    public struct StageCheck: Sendable, Equatable {
        public var stage: String
        public var problems: [String]
        /// No manifest: the stage has not run in this run, or did not finish.
        public var isMissing: Bool
        public var isOK: Bool { problems.isEmpty }
    }

    /// How a stage's files compare with a rerun's: nil `difference` when byte-identical.
    public struct RerunComparison: Sendable, Equatable {
        public var stage: String
        public var difference: Difference?
    }

    /// The first line at which two files differ (1-based); `line` is nil when one is missing.
    public struct Difference: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?

        public var description: String {
            line.map { "\(file) differs from the rerun's at line \($0)" } ?? "\(file) is missing in one of the two runs"
        }
    }

    public let config: PipelineConfig

    public init(config: PipelineConfig) {
        self.config = config
    }

    /// Every stage of the run: output hash, output and rejects line counts, published count,
    /// and the chain (each stage's input hash is the previous output's hash; fetch reads sources).
    public func check(runID: String) throws -> [StageCheck] {
        let layout = RunLayout(corpus: config.corpus, runID: runID)
        let files = FactsCache()
        return try StageRegistry.stages.enumerated().map { index, driver in
            let manifestPath = layout.manifestPath(driver)
            guard let manifest = StageManifest.read(from: manifestPath) else {
                let why = FileManager.default.fileExists(atPath: manifestPath)
                    ? "\(driver.name).manifest.json cannot be read as a manifest"
                    : "no manifest: the stage has not run in this run, or did not finish"
                return StageCheck(stage: driver.name, problems: [why], isMissing: true)
            }
            let previous = driver.readsSources ? nil : StageRegistry.stages[index - 1]
            let problems = try fileProblems(driver, manifest, layout, files)
                + Self.countProblems(manifest.counts)
                + (previous.map { try chainProblems(after: $0, manifest, layout, files) } ?? [])
            return StageCheck(stage: driver.name, problems: problems, isMissing: false)
        }
    }

    /// The stage's own files against its manifest.
    private func fileProblems(
        _ driver: StageDriver, _ manifest: StageManifest, _ layout: RunLayout, _ files: FactsCache
    ) throws -> [String] {
        let counts = manifest.counts
        let outputName = "\(driver.outputName).jsonl"
        let output = try files.facts(layout.outputPath(driver))
        var problems: [String] = []
        if let output, output.sha256 != manifest.outputSHA256 {
            problems.append("\(outputName) does not match its manifest's output_sha256")
        }
        problems += Self.lineProblems(outputName, output, expected: counts.recordsOut, "out")
        let rejects = try files.facts(layout.rejectsPath(driver))
        problems += Self.lineProblems("\(driver.name).rejects.jsonl", rejects, expected: counts.rejected, "rejected")
        if driver.publishes {
            let published = try files.facts(layout.corpusPath)
            problems += Self.lineProblems("corpus.jsonl", published, expected: counts.published ?? 0, "published")
        }
        return problems
    }

    /// The file is missing, or holds another number of lines than the manifest counts.
    private static func lineProblems(_ name: String, _ facts: FileFacts?, expected: Int, _ count: String) -> [String] {
        guard let facts else { return ["\(name) is missing"] }
        guard facts.lines != expected else { return [] }
        let lines = facts.lines == 1 ? "1 line" : "\(facts.lines) lines"
        return ["\(name) has \(lines), the manifest says \(expected) \(count)"]
    }

    /// The stage's input hash and count against the previous stage's output as it is now.
    private func chainProblems(
        after previous: StageDriver, _ manifest: StageManifest, _ layout: RunLayout, _ files: FactsCache
    ) throws -> [String] {
        let inputName = "\(previous.outputName).jsonl"
        guard let input = try files.facts(layout.outputPath(previous)) else {
            return ["its input \(inputName) is missing"]
        }
        if input.sha256 != manifest.inputSHA256 {
            return ["input_sha256 is not the hash of \(inputName): made from another \(inputName) "
                + "(`pipeline run` remakes it)"]
        }
        let counted = manifest.counts.recordsIn
        guard input.records == counted else {
            return ["\(inputName) holds \(input.records) records, the manifest says \(counted) in"]
        }
        return []
    }

    /// Counts that cannot hold whatever the files say.
    static func countProblems(_ counts: StageCounts) -> [String] {
        var problems: [String] = []
        if counts.recordsIn < counts.rejected + counts.filtered {
            problems.append(
                "records_in \(counts.recordsIn) < rejected \(counts.rejected) + filtered \(counts.filtered)")
        }
        if counts.rejectReasons.values.reduce(0, +) != counts.rejected {
            problems.append("reject_reasons do not add up to rejected")
        }
        if counts.filterReasons.values.reduce(0, +) != counts.filtered {
            problems.append("filter_reasons do not add up to filtered")
        }
        return problems
    }

    /// Runs the whole pipeline again with the same run id in a temporary corpus (with a copy of
    /// the carried-over state) and compares each stage's output, rejects and corpus.jsonl.
    public func rerun(runID: String, logger: Logger, workers: Int? = nil) throws -> [RerunComparison] {
        let scratch = FileManager.default.temporaryDirectory
            .appendingPathComponent("pipeline-verify-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let original = RunLayout(corpus: config.corpus, runID: runID)
        let copy = RunLayout(corpus: scratch, runID: runID)
        if FileManager.default.fileExists(atPath: original.stateDirectory.path) {
            try FileManager.default.copyItem(at: original.stateDirectory, to: copy.stateDirectory)
        }
        let relocated = config.relocated(corpus: scratch)
        try PipelineRunner(config: relocated, logger: logger)
            .run(selection: .all(force: true), runID: runID, workers: workers)
        return try StageRegistry.stages.map { driver in
            var files = [(original.outputPath(driver), copy.outputPath(driver)),
                         (original.rejectsPath(driver), copy.rejectsPath(driver))]
            if driver.publishes { files.append((original.corpusPath, copy.corpusPath)) }
            for (mine, theirs) in files {
                if let difference = try Self.firstDifference(mine, theirs) {
                    return RerunComparison(stage: driver.name, difference: difference)
                }
            }
            return RerunComparison(stage: driver.name, difference: nil)
        }
    }

    /// The first line where two files differ, in constant memory; nil when byte-identical.
    static func firstDifference(_ a: String, _ b: String) throws -> Difference? {
        let name = URL(fileURLWithPath: a).lastPathComponent
        guard let fa = fopen(a, "rb") else { return Difference(file: name, line: nil) }
        defer { fclose(fa) }
        guard let fb = fopen(b, "rb") else { return Difference(file: name, line: nil) }
        defer { fclose(fb) }
        var lineA: UnsafeMutablePointer<CChar>?
        var lineB: UnsafeMutablePointer<CChar>?
        var capacityA = 0
        var capacityB = 0
        defer { free(lineA); free(lineB) }
        var number = 0
        while true {
            number += 1
            let lengthA = getline(&lineA, &capacityA, fa)
            let lengthB = getline(&lineB, &capacityB, fb)
            if lengthA < 0, lengthB < 0 { return nil }
            guard lengthA == lengthB, lengthA > 0, let lineA, let lineB, memcmp(lineA, lineB, lengthA) == 0 else {
                return Difference(file: name, line: number)
            }
        }
    }
}

/// Each file's facts, read once: a stage's output is also the next stage's input.
private final class FactsCache {
    private var known: [String: FileFacts?] = [:]

    func facts(_ path: String) throws -> FileFacts? {
        if let found = known[path] { return found }
        let found = try FileFacts(path: path)
        known[path] = .some(found)
        return found
    }
}

/// A file's SHA-256, its lines (`\n`-terminated, a last unterminated one counts) and its
/// records (non-blank lines, as the stages count them), in one pass.
struct FileFacts {
    var sha256: String
    var lines: Int
    var records: Int

    /// nil when the file does not exist.
    init?(path: String) throws {
        guard let file = fopen(path, "rb") else {
            if errno == ENOENT { return nil }
            throw IOError(path: path, operation: "open", code: errno)
        }
        defer { fclose(file) }
        var hasher = SHA256()
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var lines = 0
        var records = 0
        var inLine = false
        var blank = true
        while true {
            let count = buffer.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count == 0 { break }
            buffer.withUnsafeBytes { bytes in
                let chunk = UnsafeRawBufferPointer(rebasing: bytes[0..<count])
                hasher.update(bufferPointer: chunk)
                for byte in chunk {
                    if byte == 0x0A {
                        lines += 1
                        if !blank { records += 1 }
                        inLine = false
                        blank = true
                    } else {
                        inLine = true
                        if byte != 0x20, byte != 0x09, byte != 0x0D { blank = false }
                    }
                }
            }
        }
        if ferror(file) != 0 { throw IOError(path: path, operation: "read", code: errno) }
        if inLine {
            lines += 1
            if !blank { records += 1 }
        }
        self.sha256 = Digest.hex(hasher.finalize())
        self.lines = lines
        self.records = records
    }
}
