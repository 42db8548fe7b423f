import Foundation
import Logging

/// A step of the pipeline: reads records of one type, writes records of another.
///
/// A stage is a value: it holds its options and nothing mutable, so the runner can call it
/// from several workers at once. It never touches files, shards or queues; the runner does.
public protocol Stage: Sendable {
    /// The stage's settings, decoded from its section of pipeline.json over `Options()`.
    associatedtype Options: StageOptions
    associatedtype Input: Decodable & Sendable
    associatedtype Output: Encodable & Sendable

    /// The stage's key in pipeline.json and on the command line.
    static var name: String { get }
    /// The output file's base name (`cleaned` for `cleaned.jsonl`).
    static var outputName: String { get }
    /// Bumped when the stage's behaviour changes, so that earlier outputs become stale.
    static var version: Int { get }

    init(options: Options) throws

    /// Workers this stage wants regardless of the CPU count (fetch: its connections); nil
    /// for the run's worker count.
    var workers: Int? { get }

    /// Input lines read at once, when the stage's outputs are far larger than its inputs
    /// (fetch: a URL in, a page out); nil for the runner's batch.
    var batchLines: Int? { get }

    /// A digest of the files the options name (extract: its gazetteers), so that editing such
    /// a file makes the stage's output stale just as editing the config does; nil for none.
    var filesDigest: String? { get }
}

extension Stage {
    public var workers: Int? { nil }
    public var batchLines: Int? { nil }
    public var filesDigest: String? { nil }
}

/// A stage that turns each input record into zero or more outputs on its own.
public protocol RecordStage: Stage {
    func process(_ input: Input, context: StageContext) throws -> StageOutcome<Output>

    /// The group a record is counted under in the manifest's `sources` (fetch: the source's
    /// name), or nil for no per-group counts.
    func group(of input: Input) -> String?
}

extension RecordStage {
    public func group(of input: Input) -> String? { nil }
}

/// A stage whose decision on a record depends on the whole corpus (dedupe).
///
/// The runner calls `survey` on every record in parallel and keeps only the small surveys,
/// then `decide` once over all of them in input order, then reads the input again and calls
/// `output` with each record's decision. Memory holds surveys, never whole records.
///
/// Sharded, the survey step runs per shard and writes its surveys to a file (hence Codable);
/// `pipeline merge` reads them all back in input order and does the rest.
public protocol CorpusStage: Stage {
    associatedtype Survey: Codable & Sendable
    associatedtype Decision: Sendable

    func survey(_ input: Input, context: StageContext) throws -> StageOutcome<Survey>
    /// One decision per survey, same order.
    func decide(_ surveys: [Survey], context: StageContext) -> [Decision]
    func output(_ input: Input, decision: Decision) -> Output
}

/// A stage whose inputs come from the config's sources rather than from a file (fetch).
public protocol SourceStage: RecordStage {
    /// The config's top-level `sources` array, decoded.
    associatedtype Sources: Decodable & Sendable

    /// The inputs this run should process, in a fixed order.
    func inputs(from sources: Sources, context: StageContext) throws -> [Input]
}

/// Settings of one stage. `Options()` holds every default; a config section overrides them
/// key by key. Fields are never optional, so that encoding `Options()` lists every key.
public protocol StageOptions: Codable, Sendable, Equatable {
    init()

    /// Makes the relative file paths the options hold absolute, against the folder of the
    /// config file (the runner calls it after decoding, before the stage is made).
    mutating func resolvePaths(against base: URL)
}

extension StageOptions {
    public mutating func resolvePaths(against base: URL) {}
}

/// What a stage receives besides the record.
public struct StageContext: Sendable {
    public var logger: Logger
    /// Relative paths in the config and in records resolve against this folder.
    public var baseDirectory: URL
    /// The run's carried-over state: `corpus/out/state/` and the run's id. nil in filter mode
    /// (`pipeline stage NAME`), which keeps nothing between invocations.
    public var state: StateLocation?

    public init(logger: Logger, baseDirectory: URL, state: StateLocation? = nil) {
        self.logger = logger
        self.baseDirectory = baseDirectory
        self.state = state
    }
}

/// Where stages keep what carries across nights (fetch validators and seen ids, the dedupe
/// index), and which run is asking.
///
/// A stage that reads its state must ignore what this same run recorded earlier, so that a
/// rerun of a run (`--stage`, `--from`, a crash and restart) sees the state as it was before
/// the run began and gives the same output.
public struct StateLocation: Sendable, Equatable {
    public var directory: URL
    public var runID: String

    public init(directory: URL, runID: String) {
        self.directory = directory
        self.runID = runID
    }

    /// `corpus/out/state/<name>`.
    public func path(_ name: String) -> String { directory.appendingPathComponent(name).path }
}

/// A stage that records state for later nights (fetch, dedupe).
///
/// The runner calls `commitState` once, after the stage's output and rejects are committed
/// and before its manifest is written: a crash before it leaves the state as it was, and the
/// rerun (which ignores this run's own state entries) makes the same output again.
public protocol StateKeepingStage: Stage {
    func commitState(context: StageContext) throws
}

/// A stage whose output holds records that are not published (dedupe's duplicates).
public protocol PublishingStage: Stage {
    /// Whether a record goes into corpus.jsonl.
    func publishes(_ output: Output) -> Bool
}
