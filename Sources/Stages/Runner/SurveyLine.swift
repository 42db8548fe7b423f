import Foundation

/// One line of a corpus stage's shard surveys file, `<stage>.shard-I-of-N.surveys.jsonl`:
/// `{"line": N, "survey": {...}}`, the input line's number in the whole input and its survey.
struct SurveyLine<Survey: Codable & Sendable>: Codable, Sendable {
    var line: Int
    var survey: Survey
}

/// Where the join's shard merge copies survey lines: decodes them (a batch at a time, on the
/// workers) into the surveys and their line numbers, in the order they come, which is input
/// order.
final class SurveyCollector<Survey: Codable & Sendable>: RecordSink {
    private(set) var surveys: [Survey] = []
    private(set) var lines: [Int] = []
    private var pending: [Data] = []
    private let workers: Int

    init(workers: Int) { self.workers = workers }

    func writeLine(_ data: Data) throws {
        pending.append(data)
        if pending.count >= StageExecutor.batchLines { try decodePending() }
    }

    /// Decodes what is still pending; call once after the last line.
    func finish() throws { try decodePending() }

    private func decodePending() throws {
        let decoded = Parallel.map(pending, workers: workers) { slice in
            let decoder = RecordCoding.makeDecoder()
            return slice.map { data in Result { try decoder.decode(SurveyLine<Survey>.self, from: data) } }
        }
        pending.removeAll(keepingCapacity: true)
        for result in decoded {
            let entry: SurveyLine<Survey>
            do {
                entry = try result.get()
            } catch {
                throw ShardError("a shard's surveys file has a line that is not a survey: \(error)")
            }
            // The merge hands surveys over in input order; anything else means damaged files.
            guard entry.line > (lines.last ?? 0) else {
                throw ShardError("the shards' surveys are not in input order at input line \(entry.line)")
            }
            surveys.append(entry.survey)
            lines.append(entry.line)
        }
    }
}
