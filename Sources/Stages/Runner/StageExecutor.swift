import Foundation

/// Runs a stage over its input: batches of lines, decoded and processed in parallel chunks,
/// written in input order. The only place that drives `process`, `survey` and `decide` (the
/// corpus stage's passes are in StageExecutor+Corpus.swift).
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
}

/// Counts what has been read and tells the progress handler after each batch.
struct ProgressMeter {
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

/// Per-chunk JSON coders and the rules that turn decode errors and outcomes into results.
struct LineCoder {
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
    func flatMap(_ next: (Success) -> LineResult) -> LineResult {
        switch self {
        case .success(let value): return next(value)
        case .failure(let rejected): return .reject(rejected.record)
        }
    }
}
