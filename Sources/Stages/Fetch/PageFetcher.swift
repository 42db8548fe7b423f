import Foundation

/// The raw bytes of a page or feed, with what the transport said about them.
struct FetchedBody: Sendable {
    var bytes: [UInt8]
    /// nil for local files.
    var http: HTTPResponse?

    /// Where the body finally came from: the URL after redirects, or the file.
    var location: PageLocation
    /// When it was fetched, when that is known from elsewhere than the clock (a WARC record).
    var fetchedAt: String? = nil
}

/// Reads local files and GETs http(s) URLs: the one client for both pages and feeds.
struct PageFetcher: Sendable {
    let client: PoliteClient
    let maxBytes: Int

    /// With validators an http(s) request is conditional, and a 304 is the failure `notModified`.
    /// `base` is the config's folder (the WARC archive's folder is relative to it).
    func fetch(_ location: PageLocation, validators: Validators? = nil, base: URL) -> Result<FetchedBody, FetchFailure> {
        switch location {
        case .local(let url, _):
            return readFile(url).map { FetchedBody(bytes: $0, http: nil, location: location) }
        case .remote(let url, _):
            return client.get(url, validators: validators, base: base).flatMap { response in
                if response.status == 304, validators != nil {
                    return .failure(FetchFailure(.notModified, "\(url.absoluteString): not modified", status: 304))
                }
                guard (200..<300).contains(response.status) else {
                    return .failure(FetchFailure(
                        .httpStatus, "HTTP \(response.status) for \(url.absoluteString)", status: response.status))
                }
                let final = PageLocation.remote(response.finalURL, recorded: response.finalURL.absoluteString)
                return .success(FetchedBody(bytes: response.body, http: response, location: final))
            }
        case .refused(let scheme, let recorded):
            return .failure(FetchFailure(.refusedScheme, "scheme \(scheme): not fetched: \(recorded)"))
        case .invalid(let recorded):
            return .failure(FetchFailure(.invalidURL, "not a valid URL: \(recorded)"))
        }
    }

    private func readFile(_ url: URL) -> Result<[UInt8], FetchFailure> {
        let path = url.path
        let attributes: [FileAttributeKey: Any]
        do {
            attributes = try FileManager.default.attributesOfItem(atPath: path)
        } catch {
            return .failure(FetchFailure(.unreadable, "\(path): no such file"))
        }
        if attributes[.type] as? FileAttributeType == .typeDirectory {
            return .failure(FetchFailure(.unreadable, "\(path): is a folder"))
        }
        if let size = (attributes[.size] as? NSNumber)?.intValue, size > maxBytes {
            return .failure(FetchFailure(.tooLarge, "\(path): \(size) bytes"))
        }
        guard let handle = FileHandle(forReadingAtPath: path) else {
            return .failure(FetchFailure(.unreadable, "\(path): cannot open"))
        }
        defer { try? handle.close() }
        do {
            // Read one byte past the limit: a file that grew since stat() is still caught.
            let data = try handle.read(upToCount: maxBytes + 1) ?? Data()
            if data.count > maxBytes { return .failure(FetchFailure(.tooLarge, "\(path): over \(maxBytes) bytes")) }
            return .success([UInt8](data))
        } catch {
            return .failure(FetchFailure(.unreadable, "\(path): \(error.localizedDescription)"))
        }
    }
}
