import Foundation

/// Reads the records of one WARC file: `.warc.gz` (a gzip member per record, or several
/// records in one member) or uncompressed `.warc`, told apart by the first two bytes.
///
/// `next()` walks the file from the start; `record(at:)` reads the one record whose gzip
/// member (or first byte, uncompressed) is at an offset, as returned by `next()` or by
/// `WARCWriter`. Records from other tools read too: field names match ignoring case, lines may
/// end in a bare LF, `WARC/1.0` is accepted. Malformed input is a `WARCReadError` naming the
/// file and offset; after one, `next()` throws it again (the position is lost).
public final class WARCReader {
    /// Bounds on what one record may make the reader hold in memory.
    public struct Limits: Sendable {
        /// The version line and header fields of one record, together.
        public var maxHeaderBytes = 256 * 1024
        /// One record's block (its Content-Length).
        public var maxBlockBytes = 128 * 1024 * 1024

        public init() {}
    }

    /// A record and where it is.
    public struct Entry: Sendable, Equatable {
        /// The offset of the record's gzip member (of the member it starts in, when one member
        /// holds several records) or, uncompressed, of its first byte.
        public var offset: Int
        public var record: WARCRecord
    }

    public let limits: Limits
    /// True for gzip-compressed files.
    public let isCompressed: Bool
    private let input: WARCInput
    private var stream: WARCByteStream?
    private var failure: WARCReadError?

    public convenience init(url: URL, limits: Limits = Limits()) throws {
        try self.init(input: WARCInput(url: url), limits: limits)
    }

    /// A WARC file held in memory; `name` stands for its path in error messages.
    public convenience init(bytes: [UInt8], name: String, limits: Limits = Limits()) throws {
        try self.init(input: WARCInput(bytes: bytes, name: name), limits: limits)
    }

    private init(input: WARCInput, limits: Limits) throws {
        self.input = input
        self.limits = limits
        isCompressed = try input.read(at: 0, count: 2) == [0x1f, 0x8b]
    }

    /// The next record, or nil after the last.
    public func next() throws -> Entry? {
        if let failure { throw failure }
        do {
            if stream == nil { stream = try WARCByteStream(input: input, offset: 0, gzip: isCompressed) }
            return try readEntry(from: stream!)
        } catch let error as WARCReadError {
            failure = error
            throw error
        }
    }

    /// Every remaining record (small files and tests: a whole file's blocks in memory).
    public func readAll() throws -> [Entry] {
        var entries: [Entry] = []
        while let entry = try next() { entries.append(entry) }
        return entries
    }

    /// The record at `offset`: the start of its gzip member, or its first byte uncompressed.
    public func record(at offset: Int) throws -> WARCRecord {
        let stream = try WARCByteStream(input: input, offset: offset, gzip: isCompressed)
        guard let entry = try readEntry(from: stream) else {
            throw WARCReadError(file: input.name, offset: offset, problem: "no record here: the file ends")
        }
        return entry.record
    }

    private func readEntry(from stream: WARCByteStream) throws -> Entry? {
        var recordOffset = stream.offset
        do {
            guard try skipBlankLines(stream) else { return nil }
            recordOffset = stream.offset
            let parser = WARCRecordParser(limits: limits)
            return Entry(offset: recordOffset, record: try parser.parse(stream))
        } catch let error as WARCByteStream.StreamError {
            throw WARCReadError(file: input.name, offset: recordOffset, problem: Self.describe(error))
        } catch let error as WARCRecordParser.Problem {
            throw WARCReadError(file: input.name, offset: recordOffset, problem: error.message)
        } catch let error as GzipError {
            throw WARCReadError(file: input.name, offset: recordOffset, problem: error.description)
        }
    }

    /// Skips the CR/LF bytes some writers leave between records; false at the end of input.
    private func skipBlankLines(_ stream: WARCByteStream) throws -> Bool {
        var skipped = 0
        while let byte = try stream.peek() {
            guard byte == 13 || byte == 10 else { return true }
            skipped += 1
            if skipped > limits.maxHeaderBytes {
                throw WARCRecordParser.Problem(
                    message: "more than \(limits.maxHeaderBytes) blank bytes between records")
            }
            stream.skip()
        }
        return false
    }

    private static func describe(_ error: WARCByteStream.StreamError) -> String {
        switch error {
        case .lineTooLong: return "a header line is longer than the header limit"
        case .endOfInput: return "the file ends inside the record (truncated)"
        case .gzip(let gzip, let memberOffset): return "gzip member at offset \(memberOffset): \(gzip)"
        case .trailingGarbage(let offset): return "bytes at offset \(offset) are not a gzip member"
        }
    }
}
