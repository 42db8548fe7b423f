import Foundation

/// Every HTTP response of a run, archived to WARC/1.1 files when the config asks for it.
///
/// The writer is made on the first response, so that merely preparing the stage (for
/// `pipeline status`) creates nothing; its files are named after the moment it began and the
/// process.
final class ResponseArchive: @unchecked Sendable {
    // @unchecked: `writer` and `failure` are behind `lock`; WARCWriter locks itself.
    private let lock = NSLock()
    /// `warc_directory` as written in the config: relative to the config's folder.
    private let path: String
    private let maxFileBytes: Int
    private var writer: WARCWriter?

    init(path: String, maxFileBytes: Int) {
        self.path = path
        self.maxFileBytes = maxFileBytes
    }

    /// Archives one exchange; an archive that cannot be written fails the request, because a
    /// corpus that promises its raw bytes must not silently lack some.
    func record(_ url: URL, sent headers: [(String, String)], response: HTTPResponse, base: URL) throws {
        let writer = try lock.withLock { () throws -> WARCWriter in
            if let writer = self.writer { return writer }
            let directory = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
            // The process id too: shards of one fetch (a Slurm array) start in the same second.
            let prefix = "fetch-\(Self.stamp(Date()))-\(ProcessInfo.processInfo.processIdentifier)"
            var configuration = WARCWriter.Configuration(directory: directory, prefix: prefix)
            configuration.maxFileBytes = maxFileBytes
            let made = try WARCWriter(configuration: configuration)
            self.writer = made
            return made
        }
        let request = HTTPExchange.getRequest(for: url, headers: headers.map { HeaderField($0.0, $0.1) })
        let fields = response.headers.sorted { $0.key < $1.key }.map { HeaderField($0.key, $0.value) }
        try writer.write(exchange: HTTPExchange(
            targetURI: response.finalURL.absoluteString, date: Date(), request: request,
            statusLine: HTTPExchange.statusLine(for: response.status), responseHeaders: fields, body: response.body))
    }

    /// Finishes the open file (renamed from `.open` to its final name).
    func close() throws {
        try lock.withLock { try writer?.close() }
    }

    private static func stamp(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyyMMddHHmmss"
        return formatter.string(from: date)
    }
}
