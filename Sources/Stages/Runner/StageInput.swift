import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Where a stage run reads its input lines.
public enum StageInput {
    /// A JSONL file (the previous stage's output).
    case file(String)
    /// An open stream, read once (standard input in filter mode).
    case stream(UnsafeMutablePointer<FILE>)
    /// Lines already in memory (the requests a source stage expanded).
    case lines([Data])
    /// One shard's lines of another input, with their original line numbers.
    case shard(ShardedInput)

    /// Starts reading from the beginning.
    func open() throws -> LineSource {
        switch self {
        case .file(let path): return try JSONLReader(path: path)
        case .stream(let file): return JSONLReader(file: file)
        case .lines(let lines): return MemoryLines(lines)
        case .shard(let sharded):
            sharded.inputLines = 0
            return ShardFilter(try sharded.base.open(), input: sharded)
        }
    }

    /// Whether `open()` can be called twice (a corpus stage reads its input in two passes).
    var isRereadable: Bool {
        switch self {
        case .stream: return false
        case .shard(let sharded): return sharded.base.isRereadable
        default: return true
        }
    }

    /// The bytes a pass reads, for progress; nil for a stream.
    var totalBytes: Int? {
        switch self {
        case .file(let path): return (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        case .lines(let lines): return lines.reduce(0) { $0 + $1.count + 1 }
        case .stream: return nil
        case .shard: return nil  // a shard reads all of its input but keeps a share it cannot know ahead
        }
    }
}

/// Something that hands out input lines in batches.
protocol LineSource: AnyObject {
    func nextBatch(maxLines: Int, maxBytes: Int) -> [JSONLReader.Line]
}

extension JSONLReader: LineSource {}

/// In-memory lines, numbered from 1.
final class MemoryLines: LineSource {
    private let lines: [Data]
    private var position = 0

    init(_ lines: [Data]) { self.lines = lines }

    func nextBatch(maxLines: Int, maxBytes: Int) -> [JSONLReader.Line] {
        var batch: [JSONLReader.Line] = []
        var bytes = 0
        while position < lines.count, batch.count < maxLines, bytes < maxBytes {
            batch.append(JSONLReader.Line(number: position + 1, bytes: lines[position]))
            bytes += lines[position].count
            position += 1
        }
        return batch
    }
}
