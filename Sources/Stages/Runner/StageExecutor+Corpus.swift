import Foundation

/// The passes of a corpus stage (dedupe): survey every record, decide once over all the
/// surveys, then read the input again and write each accepted record with its decision.
///
/// Unsharded, `run` does all three. Sharded, `survey` is one shard's first pass, writing its
/// surveys to a file, and `join` (in `pipeline merge`) reads every shard's surveys back in
/// input order and does the other two: the same surveys in the same order reach `decide`, so
/// the output equals the unsharded run's byte for byte.
extension StageExecutor {
    func run<S: CorpusStage>(_ stage: S, input: StageInput, sinks: StageSinks, publish: @escaping @Sendable (S.Output) -> Bool) throws {
        let context = self.context
        // Pass 1: a small survey of every record, in input order.
        var surveys: [S.Survey] = []
        var surveyed: [Int] = []
        var meter = ProgressMeter(stage: S.name, input: input, passes: 2, handler: progress)
        let first = try input.open()
        while true {
            let batch = first.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
            if batch.isEmpty { break }
            defer { meter.advance(by: batch) }
            let results = Parallel.map(batch, workers: workers) { slice in
                let coder = LineCoder(stage: S.name)
                return slice.map { coder.survey($0, stage: stage, context: context) }
            }
            for (result, line) in zip(results, batch) {
                switch result {
                case .survey(let survey):
                    surveys.append(survey)
                    surveyed.append(line.number)
                    sinks.countInput(1)
                case .result(let other):
                    try sinks.write([other])
                }
            }
        }
        let decisions = stage.decide(surveys, context: context)
        try writeOutputs(stage, input: input, lines: surveyed, decisions: decisions, sinks: sinks, meter: &meter, publish: publish)
    }

    /// One shard's survey step: each accepted record's survey goes to the sinks' output as a
    /// `SurveyLine`, rejects and filtered records go to the sinks as any stage's do, and the
    /// shard index notes both (a survey counts as the line's one output).
    func survey<S: CorpusStage>(_ stage: S, input: StageInput, sinks: StageSinks) throws {
        let context = self.context
        var meter = ProgressMeter(stage: S.name, input: input, passes: 1, handler: progress)
        let source = try input.open()
        while true {
            let batch = source.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
            if batch.isEmpty { break }
            defer { meter.advance(by: batch) }
            let results = Parallel.map(batch, workers: workers) { slice in
                let coder = LineCoder(stage: S.name)
                return slice.map { line -> (result: LineResult, group: String?) in
                    switch coder.survey(line, stage: stage, context: context) {
                    case .result(let other): return (other, nil)
                    case .survey(let survey):
                        do {
                            return (.outputs([(try coder.encoder.encode(SurveyLine(line: line.number, survey: survey)), false)]), nil)
                        } catch {
                            return (.reject(coder.reject(line, id: nil, reason: .stageError, detail: "cannot encode its survey: \(error)")), nil)
                        }
                    }
                }
            }
            try sinks.write(results, lines: batch)
        }
    }

    /// The join step over a stage's shards: their surveys and rejects in input order (the
    /// rejects straight to the sinks' rejects, as the unsharded first pass writes them), one
    /// `decide` over all the surveys, then the output pass over the whole input. Returns how
    /// many input lines the shards held, for the caller to check against the input.
    func join<S: CorpusStage>(
        _ stage: S, shards: [ShardPaths], input: StageInput, sinks: StageSinks,
        publish: @escaping @Sendable (S.Output) -> Bool
    ) throws -> Int {
        let collector = SurveyCollector<S.Survey>(workers: workers)
        let joined = try ShardMerger(shards: shards).merge(into: collector, rejects: sinks.rejects)
        try collector.finish()
        let decisions = stage.decide(collector.surveys, context: context)
        var meter = ProgressMeter(stage: S.name, input: input, passes: 1, handler: progress)
        try writeOutputs(stage, input: input, lines: collector.lines, decisions: decisions, sinks: sinks, meter: &meter, publish: publish)
        return joined
    }

    /// The output pass: reads the input again and writes each surveyed line (by line number,
    /// ascending) with its decision, in input order.
    private func writeOutputs<S: CorpusStage>(
        _ stage: S, input: StageInput, lines surveyed: [Int], decisions: [S.Decision], sinks: StageSinks,
        meter: inout ProgressMeter, publish: @escaping @Sendable (S.Output) -> Bool
    ) throws {
        precondition(decisions.count == surveyed.count, "\(S.name).decide must return one decision per survey")
        let source = try input.open()
        var next = 0
        while true {
            let batch = source.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
            if batch.isEmpty { break }
            defer { meter.advance(by: batch) }
            var jobs: [(JSONLReader.Line, S.Decision)] = []
            for line in batch where next < surveyed.count && surveyed[next] == line.number {
                jobs.append((line, decisions[next]))
                next += 1
            }
            let results = Parallel.map(jobs, workers: workers) { slice in
                let coder = LineCoder(stage: S.name)
                return slice.map { line, decision in
                    coder.decode(S.Input.self, line).flatMap { input in
                        coder.outcome(line: line, id: nil, { .one(stage.output(input, decision: decision)) }, publish: publish)
                    }
                }
            }
            try sinks.writeAgain(results)
        }
        guard next == surveyed.count else {
            throw StageError(stage: S.name, reason:
                "input line \(surveyed[next]) was surveyed but is not in the input now: the input changed while the stage ran")
        }
    }
}

/// A line's first-pass result: its survey, or what the writer records instead.
enum SurveyResult<Survey: Sendable>: Sendable {
    case survey(Survey)
    case result(LineResult)
}

extension LineCoder {
    /// Decodes a line and surveys it; a stage that emits no survey filters the record.
    func survey<S: CorpusStage>(_ line: JSONLReader.Line, stage: S, context: StageContext) -> SurveyResult<S.Survey> {
        switch decode(S.Input.self, line) {
        case .failure(let rejected): return .result(.reject(rejected.record))
        case .success(let input):
            do {
                switch try stage.survey(input, context: context) {
                case .emit(let found): return found.first.map(SurveyResult.survey) ?? .result(.filter("empty_survey"))
                case .reject(let reason, let detail): return .result(.reject(reject(line, id: nil, reason: reason, detail: detail)))
                case .filter(let reason): return .result(.filter(reason))
                }
            } catch {
                return .result(.reject(reject(line, id: nil, reason: .stageError, detail: "\(error)")))
            }
        }
    }
}
