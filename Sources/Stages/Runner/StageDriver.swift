import Foundation

/// A stage type with its generic parts erased, so that the runner can hold all six in one
/// list. Made only by the registry, from a concrete stage type.
public struct StageDriver: Sendable {
    public let name: String
    public let outputName: String
    public let version: Int
    /// Fetch: its inputs come from the config's sources rather than from a file.
    public let readsSources: Bool
    /// Dedupe: it also writes corpus.jsonl with the records it publishes.
    public let publishes: Bool
    /// Dedupe, a corpus stage: its shards write surveys (`<stage>.shard-I-of-N.surveys.jsonl`)
    /// rather than output, and its merge is the join step that decides and writes the output.
    public let joinsShards: Bool
    let inputType: ObjectIdentifier
    let outputType: ObjectIdentifier
    /// Decodes the stage's options from the config and returns something ready to execute.
    let prepare: @Sendable (PipelineConfig) throws -> PreparedStage

    /// `0.1.0+clean.1`: the package version and the stage's own version.
    public var codeVersion: String { "\(PipelineVersion.string)+\(name).\(version)" }

    static func records<S: RecordStage>(_ type: S.Type) -> StageDriver {
        StageDriver(
            name: S.name, outputName: S.outputName, version: S.version, readsSources: false, publishes: false,
            joinsShards: false, inputType: ObjectIdentifier(S.Input.self), outputType: ObjectIdentifier(S.Output.self)
        ) { config in
            let (stage, hash) = try make(S.self, config: config)
            return PreparedStage(configHash: hash, expand: nil, commitState: commit(stage)) { executor, input, sinks in
                try executor.run(stage, input: input, sinks: sinks)
            }
        }
    }

    /// The stage's `commitState`, when it keeps state across runs.
    private static func commit<S: Stage>(_ stage: S) -> ((StageContext) throws -> Void)? {
        guard let keeper = stage as? any StateKeepingStage else { return nil }
        return { try keeper.commitState(context: $0) }
    }

    static func sources<S: SourceStage>(_ type: S.Type) -> StageDriver where S.Input: Encodable {
        StageDriver(
            name: S.name, outputName: S.outputName, version: S.version, readsSources: true, publishes: false,
            joinsShards: false, inputType: ObjectIdentifier(S.Input.self), outputType: ObjectIdentifier(S.Output.self)
        ) { config in
            let (stage, optionsHash) = try make(S.self, config: config)
            let sources: S.Sources
            do {
                sources = try JSONDecoder().decode(S.Sources.self, from: config.sources)
            } catch let error as DecodingError {
                throw ConfigError(file: config.displayPath, key: "sources" + OptionsLoader.pathSuffix(of: error),
                                  message: LineDecoder.describeConfig(error))
            }
            let hash = Digest.sha256Hex(optionsHash + Digest.sha256Hex(config.sources))
            let expand: (StageContext) throws -> [Data] = { context in
                let encoder = RecordCoding.makeEncoder()
                return try stage.inputs(from: sources, context: context).map { try encoder.encode($0) }
            }
            var prepared = PreparedStage(configHash: hash, expand: expand, commitState: commit(stage)) { executor, input, sinks in
                try executor.run(stage, input: input, sinks: sinks)
            }
            prepared.workers = stage.workers
            return prepared
        }
    }

    static func corpus<S: CorpusStage & PublishingStage>(_ type: S.Type) -> StageDriver {
        StageDriver(
            name: S.name, outputName: S.outputName, version: S.version, readsSources: false, publishes: true,
            joinsShards: true, inputType: ObjectIdentifier(S.Input.self), outputType: ObjectIdentifier(S.Output.self)
        ) { config in
            let (stage, hash) = try make(S.self, config: config)
            var prepared = PreparedStage(configHash: hash, expand: nil, commitState: commit(stage)) { executor, input, sinks in
                try executor.run(stage, input: input, sinks: sinks) { stage.publishes($0) }
            }
            prepared.corpusSteps = CorpusSteps(
                survey: { executor, input, sinks in try executor.survey(stage, input: input, sinks: sinks) },
                join: { executor, shards, input, sinks in
                    try executor.join(stage, shards: shards, input: input, sinks: sinks) { stage.publishes($0) }
                })
            return prepared
        }
    }

    private static func make<S: Stage>(_ type: S.Type, config: PipelineConfig) throws -> (S, String) {
        let loaded = try OptionsLoader.load(
            S.Options.self, section: config.sections[S.name], keyPath: S.name, file: config.displayPath)
        var options = loaded.options
        options.resolvePaths(against: config.baseDirectory)
        do {
            let stage = try S(options: options)
            let optionsHash = Digest.sha256Hex(loaded.canonicalJSON)
            guard let files = stage.filesDigest else { return (stage, optionsHash) }
            return (stage, Digest.sha256Hex(optionsHash + files))
        } catch let error as ConfigError {
            throw error
        } catch let problem as StageConfigProblem {
            throw ConfigError(problem, stage: S.name, file: config.displayPath)
        } catch {
            throw ConfigError(file: config.displayPath, key: S.name, message: "\(error)")
        }
    }
}

extension ConfigError {
    init(_ problem: StageConfigProblem, stage: String, file: String) {
        self.init(file: file, key: problem.isTopLevel ? problem.key : "\(stage).\(problem.key)", message: problem.message)
    }
}

/// A stage with its options decoded, ready to run.
struct PreparedStage {
    /// SHA-256 of the stage's canonical options (and, for fetch, of the sources).
    let configHash: String
    /// For a source stage: the input lines its sources expand to.
    let expand: ((StageContext) throws -> [Data])?
    /// Saves what the stage learned for later runs; called after its output is committed.
    let commitState: ((StageContext) throws -> Void)?
    /// The stage's own worker count, when it has one (fetch).
    var workers: Int? = nil
    /// A corpus stage's sharded steps; nil for a record stage.
    var corpusSteps: CorpusSteps? = nil
    let execute: (StageExecutor, StageInput, StageSinks) throws -> Void

    init(
        configHash: String, expand: ((StageContext) throws -> [Data])?,
        commitState: ((StageContext) throws -> Void)? = nil,
        execute: @escaping (StageExecutor, StageInput, StageSinks) throws -> Void
    ) {
        self.configHash = configHash
        self.expand = expand
        self.commitState = commitState
        self.execute = execute
    }
}

/// A corpus stage cut in two for sharding, as datatrove cuts dedupe: the survey step runs per
/// shard (`run --shard`), the join once over all shards (`merge`).
struct CorpusSteps {
    /// Surveys one shard's records into the sinks: survey lines as output, rejects, index.
    let survey: (StageExecutor, StageInput, StageSinks) throws -> Void
    /// Reads the shards' surveys and rejects in input order, decides, and writes the outputs
    /// over the whole input; returns how many input lines the shards held.
    let join: (StageExecutor, [ShardPaths], StageInput, StageSinks) throws -> Int
}

/// The package version, part of every stage's code version.
public enum PipelineVersion {
    public static let string = "0.1.0"
}
