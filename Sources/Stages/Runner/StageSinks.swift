import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Somewhere JSON lines go: an atomic file, or a stream in filter mode.
public protocol RecordSink: AnyObject {
    func writeLine(_ data: Data) throws
}

extension AtomicFile: RecordSink {}

/// Lines to an open stream (standard output or standard error).
public final class StreamSink: RecordSink {
    private let file: UnsafeMutablePointer<FILE>

    public init(_ file: UnsafeMutablePointer<FILE>) { self.file = file }

    public func writeLine(_ data: Data) throws {
        var line = data
        line.append(UInt8(ascii: "\n"))
        let written = line.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        if written != line.count { throw IOError(path: "<stream>", operation: "write", code: errno) }
    }

    public func flush() { fflush(file) }
}

/// Where one stage run writes, and the tally of what it wrote. Only the runner writes files.
final class StageSinks {
    let output: RecordSink
    let published: RecordSink?
    let rejects: RecordSink
    /// A shard run's index: which input line each output and reject came from.
    var index: ShardIndexWriter?
    private(set) var counts = StageCounts()
    private let encoder = RecordCoding.makeEncoder()

    /// `counts` is where the tally starts: a corpus stage's join starts from what its shards'
    /// survey steps counted.
    init(output: RecordSink, published: RecordSink?, rejects: RecordSink, counts: StageCounts = StageCounts()) {
        self.output = output
        self.published = published
        self.rejects = rejects
        self.counts = counts
        if published != nil { self.counts.published = counts.published ?? 0 }
    }

    /// Writes one batch's results in input order.
    func write(_ results: [LineResult]) throws {
        for result in results {
            counts.recordsIn += 1
            try record(result)
        }
    }

    /// Writes one batch's results in input order, counting each under its group too; `lines`
    /// are the input lines they came from, one per result.
    func write(_ results: [(result: LineResult, group: String?)], lines: [JSONLReader.Line]) throws {
        for ((result, group), line) in zip(results, lines) {
            counts.recordsIn += 1
            counts.count(result, group: group)
            try record(result)
            try index?.note(line: line.number, result: result)
        }
    }

    /// Records a result for a line that was already counted in (the second pass of a corpus stage).
    func writeAgain(_ results: [LineResult]) throws {
        for result in results { try record(result) }
    }

    func countInput(_ n: Int) { counts.recordsIn += n }

    private func record(_ result: LineResult) throws {
        switch result {
        case .outputs(let lines):
            for line in lines {
                try output.writeLine(line.bytes)
                counts.recordsOut += 1
                if line.published, let published {
                    try published.writeLine(line.bytes)
                    counts.published? += 1
                }
            }
        case .reject(let reject):
            try rejects.writeLine(try encoder.encode(reject))
            counts.rejected += 1
            counts.rejectReasons[reject.error, default: 0] += 1
        case .filter(let reason):
            counts.filtered += 1
            counts.filterReasons[reason, default: 0] += 1
        }
    }
}
