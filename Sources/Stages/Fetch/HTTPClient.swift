import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// What an HTTP GET brought back.
struct HTTPResponse: Sendable {
    var status: Int
    /// The URL after redirects.
    var finalURL: URL
    var etag: String?
    var lastModified: String?
    var contentType: String?
    var body: [UInt8]
}

/// A blocking HTTP GET over one URLSession (FoundationNetworking, libcurl): the fetch stage
/// runs on the runner's worker threads, which wait for each transfer.
///
/// Redirects are followed. A body larger than `maxBytes` is cancelled as soon as it is known
/// to be too large (from Content-Length or while arriving), so memory stays bounded.
final class HTTPClient: @unchecked Sendable {
    // @unchecked: the session is used from many threads (URLSession is thread-safe) and the
    // delegate's state is behind its own lock.
    private let session: URLSession
    private let delegate: TransferDelegate
    private let userAgent: String
    private let timeout: TimeInterval

    init(userAgent: String, timeout: TimeInterval, maxBytes: Int) {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.httpShouldSetCookies = false
        delegate = TransferDelegate(maxBytes: maxBytes)
        session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        self.userAgent = userAgent
        self.timeout = timeout
    }

    deinit {
        session.invalidateAndCancel()
    }

    func get(_ url: URL) -> Result<HTTPResponse, FetchFailure> {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        let task = session.dataTask(with: request)
        let transfer = delegate.register(task)
        task.resume()
        // The session's own timeouts end the transfer; this wait is only a safety net.
        if transfer.done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            transfer.done.wait()
        }
        return delegate.finish(task).result(for: url)
    }
}
