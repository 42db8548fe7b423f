import Foundation

/// The `warc` source: pages read back from WARC files instead of fetched, so that a corpus
/// can be rebuilt from the raw bytes of an earlier crawl (ours or another crawler's).
///
/// Expansion lists every `response` record with a 2xx HTTP status as a request that points at
/// the record (`WARCPointer`); the fetch step reads that one record again by its offset, so
/// no more than one page is in memory at a time.
enum WARCSource {
    /// One response record worth fetching from the archive.
    struct Entry {
        var targetURI: String
        var pointer: WARCPointer
    }

    /// The WARC files a source's `path` names: the file itself, or the `.warc` and `.warc.gz`
    /// files under a folder, sorted by their UTF-8 bytes.
    static func files(at path: URL) throws -> [URL] {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isFolder) else {
            throw WARCReadError(file: path.path, offset: 0, problem: "no such file or folder")
        }
        guard isFolder.boolValue else { return [path] }
        let names = (FileManager.default.enumerator(atPath: path.path)?.allObjects as? [String]) ?? []
        return names.filter { $0.hasSuffix(".warc") || $0.hasSuffix(".warc.gz") }
            .sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            .map { path.appendingPathComponent($0) }
    }

    /// The 2xx responses of one file, in file order; `recorded` is the file as records name it.
    static func entries(in file: URL, recorded: String, maxBytes: Int) throws -> [Entry] {
        let reader = try WARCReader(url: file)
        var entries: [Entry] = []
        while let entry = try reader.next() {
            guard let response = try? WARCResponse(record: entry.record, maxBodyBytes: maxBytes),
                (200..<300).contains(response.status)
            else { continue }
            entries.append(Entry(targetURI: response.targetURI, pointer: WARCPointer(file: recorded, offset: entry.offset)))
        }
        return entries
    }

    /// The page a request points at, as if it had just been fetched.
    static func body(at pointer: WARCPointer, base: URL, maxBytes: Int) -> Result<FetchedBody, FetchFailure> {
        let file = URL(fileURLWithPath: pointer.file, relativeTo: base)
        do {
            let record = try WARCReader(url: file).record(at: pointer.offset)
            guard let response = try WARCResponse(record: record, maxBodyBytes: maxBytes),
                let url = URL(string: response.targetURI)
            else {
                return .failure(FetchFailure(.warcUnreadable, "\(pointer.file) at \(pointer.offset): not an HTTP response record"))
            }
            var headers: [String: String] = [:]
            if let type = response.contentType { headers["content-type"] = type }
            let http = HTTPResponse(status: response.status, finalURL: url, headers: headers, body: response.body)
            return .success(FetchedBody(
                bytes: response.body, http: http, location: .remote(url, recorded: response.targetURI),
                fetchedAt: response.date.map { $0.formatted(.iso8601) }))
        } catch {
            return .failure(FetchFailure(.warcUnreadable, "\(pointer.file) at \(pointer.offset): \(error)"))
        }
    }
}
