import Crypto
import Foundation

/// The dedupe index on disk (`state/dedupe-index.bin`), little-endian:
///
///     0   8  magic "DDPINDEX"
///     8   4  format version (1)
///    12   4  ngram    16  4  bands    20  4  rows    24  8  seed (signed)
///    32   4  run count
///    36   4  document count
///    40   8  body length in bytes
///    48  32  SHA-256 of bytes 0..<48 followed by the body
///    80      body: per run, its id (UInt16 length + UTF-8) and document count (UInt32);
///            then per run, per document: id (UInt16 length + UTF-8), exact hash (UInt64),
///            bands × rows MinHash values (UInt32 each)
///
/// A file that fails any check is refused with the reason; nothing in it is used.
enum DedupeIndexFile {
    static let name = "dedupe-index.bin"
    static let magic = Array("DDPINDEX".utf8)
    static let formatVersion: UInt32 = 1
    static let headerLength = 80

    /// Why a file cannot be used.
    struct Unusable: Error, CustomStringConvertible {
        var reason: String
        var description: String { reason }
    }

    static func encode(_ index: DedupeIndex) -> Data {
        var body = ByteWriter()
        for run in index.runs {
            body.string(run.id)
            body.uint32(UInt32(run.count))
        }
        let length = index.settings.signatureLength
        for run in index.runs {
            for k in 0..<run.count {
                body.string(run.documentIDs[k])
                body.uint64(run.exactHashes[k])
                for value in run.signature(k, length: length) { body.uint32(value) }
            }
        }
        var header = ByteWriter()
        header.bytes.append(contentsOf: magic)
        header.uint32(formatVersion)
        header.uint32(UInt32(index.settings.ngram))
        header.uint32(UInt32(index.settings.bands))
        header.uint32(UInt32(index.settings.rows))
        header.uint64(UInt64(bitPattern: Int64(index.settings.seed)))
        header.uint32(UInt32(index.runs.count))
        header.uint32(UInt32(index.documentCount))
        header.uint64(UInt64(body.bytes.count))
        header.bytes.append(contentsOf: checksum(header.bytes, body.bytes))
        return Data(header.bytes + body.bytes)
    }

    /// The index in `data`, made with `expected` settings; throws `Unusable` otherwise.
    static func decode(_ data: Data, expected: DedupeIndex.Settings) throws -> DedupeIndex {
        let bytes = [UInt8](data)
        guard bytes.count >= headerLength else {
            throw Unusable(reason: "truncated: \(bytes.count) bytes, shorter than the \(headerLength)-byte header")
        }
        guard Array(bytes[0..<8]) == magic else { throw Unusable(reason: "not a dedupe index (wrong magic)") }
        var header = ByteReader(bytes: bytes, at: 8)
        let version = try header.uint32()
        guard version == formatVersion else {
            throw Unusable(reason: "format version \(version), this build reads \(formatVersion)")
        }
        let settings = DedupeIndex.Settings(
            ngram: Int(try header.uint32()), bands: Int(try header.uint32()), rows: Int(try header.uint32()),
            seed: Int(Int64(bitPattern: try header.uint64())))
        let runCount = Int(try header.uint32())
        let documentCount = Int(try header.uint32())
        let bodyLength = try header.uint64()
        guard UInt64(bytes.count - headerLength) == bodyLength else {
            throw Unusable(reason: "truncated or padded: body is \(bytes.count - headerLength) bytes, header says \(bodyLength)")
        }
        guard Array(bytes[48..<80]) == checksum(bytes[0..<48], bytes[headerLength...]) else {
            throw Unusable(reason: "checksum mismatch (the file is corrupt)")
        }
        guard settings == expected else {
            throw Unusable(reason: "made with ngram \(settings.ngram), \(settings.bands)×\(settings.rows), seed \(settings.seed); "
                + "the options now say ngram \(expected.ngram), \(expected.bands)×\(expected.rows), seed \(expected.seed)")
        }
        var body = ByteReader(bytes: bytes, at: headerLength)
        var index = DedupeIndex(settings: settings)
        var counts: [Int] = []
        for _ in 0..<runCount {
            index.runs.append(DedupeIndex.Run(id: try body.string()))
            counts.append(Int(try body.uint32()))
        }
        guard counts.reduce(0, +) == documentCount else { throw Unusable(reason: "document counts disagree") }
        let length = settings.signatureLength
        for (r, count) in counts.enumerated() {
            index.runs[r].documentIDs.reserveCapacity(count)
            index.runs[r].exactHashes.reserveCapacity(count)
            index.runs[r].signatures.reserveCapacity(count * length)
            for _ in 0..<count {
                index.runs[r].documentIDs.append(try body.string())
                index.runs[r].exactHashes.append(try body.uint64())
                try body.uint32s(length, into: &index.runs[r].signatures)
            }
        }
        guard body.offset == bytes.count else { throw Unusable(reason: "\(bytes.count - body.offset) bytes after the last document") }
        return index
    }

    private static func checksum<H: Collection<UInt8>, B: Collection<UInt8>>(_ header: H, _ body: B) -> [UInt8] {
        var hasher = SHA256()
        hasher.update(data: Array(header))
        hasher.update(data: Array(body))
        return Array(hasher.finalize())
    }
}

/// Little-endian output.
private struct ByteWriter {
    var bytes: [UInt8] = []

    mutating func uint32(_ value: UInt32) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    mutating func uint64(_ value: UInt64) {
        withUnsafeBytes(of: value.littleEndian) { bytes.append(contentsOf: $0) }
    }

    /// UTF-8 with a UInt16 length; ids are far shorter than 64 KB.
    mutating func string(_ value: String) {
        let utf8 = Array(value.utf8.prefix(Int(UInt16.max)))
        withUnsafeBytes(of: UInt16(utf8.count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(contentsOf: utf8)
    }
}

/// Little-endian input that refuses to read past the end.
private struct ByteReader {
    let bytes: [UInt8]
    var offset: Int

    init(bytes: [UInt8], at offset: Int) {
        self.bytes = bytes
        self.offset = offset
    }

    private mutating func take(_ count: Int) throws -> ArraySlice<UInt8> {
        guard offset + count <= bytes.count else {
            throw DedupeIndexFile.Unusable(reason: "truncated: a field runs past the end at byte \(offset)")
        }
        defer { offset += count }
        return bytes[offset..<(offset + count)]
    }

    mutating func uint32() throws -> UInt32 {
        UInt32(littleEndian: try take(4).withUnsafeBytes { $0.loadUnaligned(as: UInt32.self) })
    }

    mutating func uint64() throws -> UInt64 {
        UInt64(littleEndian: try take(8).withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
    }

    /// `count` values at once: signatures are most of the file.
    mutating func uint32s(_ count: Int, into values: inout [UInt32]) throws {
        try take(count * 4).withUnsafeBytes { raw in
            for i in 0..<count {
                values.append(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: i * 4, as: UInt32.self)))
            }
        }
    }

    mutating func string() throws -> String {
        let length = Int(UInt16(littleEndian: try take(2).withUnsafeBytes { $0.loadUnaligned(as: UInt16.self) }))
        return String(decoding: try take(length), as: UTF8.self)
    }
}
