import Foundation

/// `<stage>.shard-I-of-N.index.tsv`: one line per input line a shard processed, in input order,
/// `LINE<tab>OUTPUTS<tab>REJECTS` — the input line's number in the whole input, how many
/// output lines (a corpus stage's: survey lines) and reject lines it gave (a filtered record gives 0 and 0, a split article
/// one output per language part). Merge walks the shards' indexes by line number and takes
/// that many lines from that shard's output and rejects, which restores the unsharded order
/// without reading the input again (fetch's input is its expanded sources, not a file).
struct ShardIndexEntry: Equatable {
    var line: Int
    var outputs: Int
    var rejects: Int
}

/// Writes a shard's index beside its output, committed with it.
final class ShardIndexWriter {
    private let file: AtomicFile

    init(path: String) throws { file = try AtomicFile(path: path) }

    func note(line: Int, result: LineResult) throws {
        var outputs = 0
        var rejects = 0
        switch result {
        case .outputs(let lines): outputs = lines.count
        case .reject: rejects = 1
        case .filter: break
        }
        try file.writeLine(Data("\(line)\t\(outputs)\t\(rejects)".utf8))
    }

    func commit() throws { try file.commit() }
}

/// Reads a shard's index back, entry by entry.
final class ShardIndexReader {
    let path: String
    private let reader: JSONLReader

    init(path: String) throws {
        self.path = path
        reader = try JSONLReader(path: path)
    }

    /// The next entry, nil at the end; a malformed line is an error naming the file.
    func next() throws -> ShardIndexEntry? {
        guard let line = reader.next() else { return nil }
        let fields = String(decoding: line.bytes, as: UTF8.self).split(separator: "\t").compactMap { Int($0) }
        guard fields.count == 3, fields.allSatisfy({ $0 >= 0 }) else {
            throw ShardError("\(path) line \(line.number) is not LINE<tab>OUTPUTS<tab>REJECTS")
        }
        return ShardIndexEntry(line: fields[0], outputs: fields[1], rejects: fields[2])
    }
}
