import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What an HTTP GET brought back.
struct HTTPResponse: Sendable {
    var status: Int
    /// The URL after redirects.
    var finalURL: URL
    /// Header fields, names lowercased.
    var headers: [String: String]
    /// The body as delivered: already decoded from gzip or deflate.
    var body: [UInt8]

    var etag: String? { headers["etag"] }
    var lastModified: String? { headers["last-modified"] }
    var contentType: String? { headers["content-type"] }
}

/// The settings every request shares.
struct HTTPSettings: Sendable {
    var userAgent: String
    /// Seconds allowed to connect, and for any silence while the answer arrives.
    var connectTimeout: TimeInterval
    /// Seconds for the whole transfer, waited for by `get` (libcurl's own limit only covers silence).
    var totalTimeout: TimeInterval
    /// The largest body accepted, counted after gzip/deflate decoding (so a gzip bomb stops here).
    var maxBytes: Int
    var maxRedirects: Int
    /// Follow redirects to loopback and private addresses on another host.
    var allowInternalRedirects: Bool
    /// Connections libcurl may open to one host (its own default is 6); `HostGate` decides
    /// how many are used.
    var connectionsPerHost: Int
}

/// A blocking HTTP GET over one URLSession (FoundationNetworking, libcurl): the fetch stage
/// runs on the runner's worker threads, which wait for each transfer.
///
/// libcurl asks for and decodes gzip and deflate; the body limit applies to the decoded bytes
/// as they arrive and cancels the transfer as soon as it is passed, so memory stays bounded.
/// Redirects are followed up to `maxRedirects`, only to http(s), and to an internal address
/// only on the same host or when allowed (`TransferDelegate` decides).
final class HTTPClient: @unchecked Sendable {
    // @unchecked: the session is used from many threads (URLSession is thread-safe) and the
    // delegate's state is behind its own lock.
    private let session: URLSession
    private let delegate: TransferDelegate
    let settings: HTTPSettings

    init(settings: HTTPSettings) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = settings.connectTimeout
        configuration.timeoutIntervalForResource = settings.totalTimeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        configuration.httpShouldSetCookies = false
        configuration.httpMaximumConnectionsPerHost = settings.connectionsPerHost
        delegate = TransferDelegate(settings: settings)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.settings = settings
    }

    deinit {
        session.invalidateAndCancel()
    }

    /// GETs `url`; with validators it is a conditional request and a 304 comes back as is.
    func get(_ url: URL, validators: Validators? = nil) -> Result<HTTPResponse, FetchFailure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: settings.connectTimeout)
        for (name, value) in headers(validators) { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        let transfer = delegate.register(task, url: url)
        task.resume()
        // libcurl enforces the idle timeout; the total is enforced here.
        if transfer.done.wait(timeout: .now() + settings.totalTimeout) == .timedOut {
            delegate.markTimedOut(task)
            task.cancel()
            transfer.done.wait()
        }
        return delegate.finish(task).result(for: url, totalTimeout: settings.totalTimeout)
    }

    /// The header fields we send (libcurl adds Host and Accept-Encoding).
    func headers(_ validators: Validators?) -> [(String, String)] {
        var fields = [("User-Agent", settings.userAgent)]
        if let etag = validators?.etag { fields.append(("If-None-Match", etag)) }
        if let modified = validators?.lastModified { fields.append(("If-Modified-Since", modified)) }
        return fields
    }
}

/// What a server said about a page the last time, sent back to ask "has it changed?".
struct Validators: Sendable, Equatable {
    var etag: String?
    var lastModified: String?

    init?(etag: String?, lastModified: String?) {
        guard etag != nil || lastModified != nil else { return nil }
        self.etag = etag
        self.lastModified = lastModified
    }
}
