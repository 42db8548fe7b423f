import Foundation

/// Runs a stage over its input: batches of lines, decoded and processed in parallel chunks,
/// written in input order. The only place that drives `process`, `survey` and `decide`.
struct StageExecutor {
    /// A batch bounds memory: at most this many lines or bytes are in flight at once.
    static let batchLines = 4096
    static let batchBytes = 64 << 20

    let context: StageContext
    let workers: Int
    var progress: ProgressHandler? = nil

    func run<S: RecordStage>(_ stage: S, input: StageInput, sinks: StageSinks) throws {
        let source = try input.open()
        var meter = ProgressMeter(stage: S.name, input: input, passes: 1, handler: progress)
        while true {
            let batch = source.nextBatch(maxLines: stage.batchLines ?? Self.batchLines, maxBytes: Self.batchBytes)
            if batch.isEmpty { break }
            defer { meter.advance(by: batch) }
            let context = self.context
            let results = Parallel.map(batch, workers: workers) { slice in
                let coder = LineCoder(stage: S.name)
                return slice.map { line -> (result: LineResult, group: String?) in
                    switch coder.decode(S.Input.self, line) {
                    case .failure(let rejected): return (.reject(rejected.record), nil)
                    case .success(let input):
                        let result = coder.outcome(line: line, id: nil) { try stage.process(input, context: context) } publish: { _ in true }
                        return (result, stage.group(of: input))
                    }
                }
            }
            try sinks.write(results, lines: batch)
        }
    }

    func run<S: CorpusStage>(_ stage: S, input: StageInput, sinks: StageSinks, publish: @escaping @Sendable (S.Output) -> Bool) throws {
        let context = self.context
        // Pass 1: a small survey of every record, in input order.
        var surveys: [S.Survey] = []
        var accepted: [Bool] = []
        var meter = ProgressMeter(stage: S.name, input: input, passes: 2, handler: progress)
        let first = try input.open()
        while true {
            let batch = first.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
            if batch.isEmpty { break }
            defer { meter.advance(by: batch) }
            let results: [SurveyResult<S.Survey>] = Parallel.map(batch, workers: workers) { slice in
                let coder = LineCoder(stage: S.name)
                return slice.map { line in
                    switch coder.decode(S.Input.self, line) {
                    case .failure(let rejected): return .result(.reject(rejected.record))
                    case .success(let input):
                        do {
                            switch try stage.survey(input, context: context) {
                            case .emit(let found): return found.first.map(SurveyResult.survey) ?? .result(.filter("empty_survey"))
                            case .reject(let reason, let detail):
                                return .result(.reject(coder.reject(line, id: nil, reason: reason, detail: detail)))
                            case .filter(let reason): return .result(.filter(reason))
                            }
                        } catch {
                            return .result(.reject(coder.reject(line, id: nil, reason: .stageError, detail: "\(error)")))
                        }
                    }
                }
            }
            for result in results {
                switch result {
                case .survey(let survey):
                    surveys.append(survey)
                    accepted.append(true)
                    sinks.countInput(1)
                case .result(let other):
                    accepted.append(false)
                    try sinks.write([other])
                }
            }
        }
        let decisions = stage.decide(surveys, context: context)
        precondition(decisions.count == surveys.count, "\(S.name).decide must return one decision per survey")

        // Pass 2: read again and write each accepted record with its decision.
        let second = try input.open()
        var lineIndex = 0
        var decisionIndex = 0
        while true {
            let batch = second.nextBatch(maxLines: Self.batchLines, maxBytes: Self.batchBytes)
            if batch.isEmpty { break }
            defer { meter.advance(by: batch) }
            var jobs: [(JSONLReader.Line, S.Decision)] = []
            for line in batch {
                if accepted[lineIndex] {
                    jobs.append((line, decisions[decisionIndex]))
                    decisionIndex += 1
                }
                lineIndex += 1
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
    }
}

/// Counts what has been read and tells the progress handler after each batch.
private struct ProgressMeter {
    var progress: StageProgress
    let handler: ProgressHandler?

    init(stage: String, input: StageInput, passes: Int, handler: ProgressHandler?) {
        progress = StageProgress(stage: stage, records: 0, bytes: 0, totalBytes: input.totalBytes, passes: passes)
        self.handler = handler
    }

    mutating func advance(by batch: [JSONLReader.Line]) {
        guard let handler else { return }
        progress.records += batch.count
        progress.bytes += batch.reduce(0) { $0 + $1.bytes.count + 1 }
        handler(progress)
    }
}

private enum SurveyResult<Survey: Sendable>: Sendable {
    case survey(Survey)
    case result(LineResult)
}

/// Per-chunk JSON coders and the rules that turn decode errors and outcomes into results.
private struct LineCoder {
    let stage: String
    let decoder = RecordCoding.makeDecoder()
    let encoder = RecordCoding.makeEncoder()

    func decode<Input: Decodable>(_ type: Input.Type, _ line: JSONLReader.Line) -> Result<Input, RejectedLine> {
        LineDecoder.decode(type, line: line, stage: stage, decoder: decoder)
    }

    func reject(_ line: JSONLReader.Line, id: String?, reason: RejectReason, detail: String) -> RejectRecord {
        RejectRecord(id: id ?? LineDecoder.probeID(line, decoder: decoder), line: line.number, stage: stage,
                     error: reason.rawValue, detail: detail)
    }

    func outcome<Output: Encodable & Sendable>(
        line: JSONLReader.Line, id: String?, _ body: () throws -> StageOutcome<Output>,
        publish: (Output) -> Bool
    ) -> LineResult {
        do {
            switch try body() {
            case .emit(let outputs):
                return .outputs(try outputs.map { (try encoder.encode($0), publish($0)) })
            case .reject(let reason, let detail):
                return .reject(reject(line, id: id, reason: reason, detail: detail))
            case .filter(let reason):
                return .filter(reason)
            }
        } catch {
            return .reject(reject(line, id: id, reason: .stageError, detail: "\(error)"))
        }
    }
}

extension Result where Failure == RejectedLine {
    /// Continues with the decoded input, or turns the decode failure into a reject result.
    fileprivate func flatMap(_ next: (Success) -> LineResult) -> LineResult {
        switch self {
        case .success(let value): return next(value)
        case .failure(let rejected): return .reject(rejected.record)
        }
    }
}
