import Foundation

/// Archives HTTP exchanges into WARC/1.1 files, gzip per record, in one folder.
///
/// Files are named `<prefix>-<serial>.warc.gz` (serial: 5 digits, continuing after any file of
/// the prefix already there). A file is written as `<name>.open` and renamed to its name by
/// `close()` or when it passes `maxFileBytes`, so a crash leaves `.open` files and never one
/// that looks complete. Each file starts with a `warcinfo` record.
///
/// Thread-safe: the fetch stage's workers share one writer.
public final class WARCWriter: @unchecked Sendable {
    // @unchecked: all mutable state (the open file, its size, the serial) is read and written
    // only while `lock` is held.
    public struct Configuration: Sendable {
        public var directory: URL
        public var prefix: String
        /// A file is finished once it reaches this size (the exchange that passes it stays whole).
        public var maxFileBytes = 1_000_000_000
        /// The `description` line of each file's warcinfo record.
        public var description = ""
        /// The `software` line of each file's warcinfo record.
        public var software = "corpus-pipeline"

        public init(directory: URL, prefix: String) {
            self.directory = directory
            self.prefix = prefix
        }
    }

    private struct OpenFile {
        var name: String
        var handle: FileHandle
        var size: Int
        var warcinfoID: String
    }

    public let configuration: Configuration
    private let builder: WARCRecordBuilder
    private let lock = NSLock()
    private var current: OpenFile?
    private var nextSerial: Int

    public init(configuration: Configuration) throws {
        self.configuration = configuration
        builder = WARCRecordBuilder(software: configuration.software, description: configuration.description)
        try FileManager.default.createDirectory(at: configuration.directory, withIntermediateDirectories: true)
        nextSerial = try Self.firstFreeSerial(in: configuration.directory, prefix: configuration.prefix)
    }

    deinit {
        // Not renamed: a writer dropped without close() did not finish its file.
        try? current?.handle.close()
    }

    /// Writes the `request` and `response` records of `exchange`, next to each other.
    ///
    /// The response body is stored as delivered: the HTTP client already undid
    /// Content-Encoding (gzip) and chunked Transfer-Encoding, so the stored HTTP header drops
    /// `Content-Encoding` and `Transfer-Encoding` and gets a `Content-Length` of the body's
    /// length. `WARC-Payload-Digest` is the SHA-1 of that body.
    ///
    /// - Returns: where the response record is (its file's final name and gzip member offset).
    @discardableResult
    public func write(exchange: HTTPExchange) throws -> WARCLocation {
        lock.lock()
        defer { lock.unlock() }
        var file = try current ?? openNextFile(date: exchange.date)
        let (request, response) = builder.pair(for: exchange, warcinfoID: file.warcinfoID)
        let requestMember = try GzipMember.compress(request.serialized())
        let responseMember = try GzipMember.compress(response.serialized())
        let location = WARCLocation(file: file.name, offset: file.size + requestMember.count)
        do {
            try file.handle.write(contentsOf: requestMember + responseMember)
        } catch {
            // Cut back to the last whole record, so the file stays readable.
            try? file.handle.truncate(atOffset: UInt64(file.size))
            throw error
        }
        file.size += requestMember.count + responseMember.count
        current = file
        if file.size >= configuration.maxFileBytes { try finishCurrentFile() }
        return location
    }

    /// Finishes the open file (flushed and renamed to its final name). Writing again later
    /// starts a new file.
    public func close() throws {
        lock.lock()
        defer { lock.unlock() }
        try finishCurrentFile()
    }

    private func finishCurrentFile() throws {
        guard let file = current else { return }
        current = nil
        try file.handle.synchronize()
        try file.handle.close()
        let directory = configuration.directory
        try FileManager.default.moveItem(
            at: directory.appendingPathComponent(file.name + ".open"), to: directory.appendingPathComponent(file.name))
    }

    private func openNextFile(date: Date) throws -> OpenFile {
        let name = configuration.prefix + "-" + Self.fiveDigits(nextSerial) + ".warc.gz"
        nextSerial += 1
        let path = configuration.directory.appendingPathComponent(name + ".open").path
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else { throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: path]) }
        let id = WARCRecordBuilder.newRecordID()
        let info = try GzipMember.compress(builder.warcinfo(fileName: name, date: date, id: id).serialized())
        try handle.write(contentsOf: info)
        return OpenFile(name: name, handle: handle, size: info.count, warcinfoID: id)
    }

    static func fiveDigits(_ serial: Int) -> String {
        let digits = String(serial)
        return String(repeating: "0", count: max(0, 5 - digits.count)) + digits
    }

    /// One past the highest serial of `<prefix>-NNNNN.warc.gz[.open]` in `directory`, so a
    /// second run never overwrites the first one's files.
    static func firstFreeSerial(in directory: URL, prefix: String) throws -> Int {
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        var next = 0
        for name in names where name.hasPrefix(prefix + "-") {
            var rest = name.dropFirst(prefix.count + 1)
            if rest.hasSuffix(".open") { rest = rest.dropLast(5) }
            guard rest.hasSuffix(".warc.gz"), let serial = Int(rest.dropLast(8)) else { continue }
            next = max(next, serial + 1)
        }
        return next
    }
}
