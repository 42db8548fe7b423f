import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One transfer's state while it runs.
final class HTTPTransfer: @unchecked Sendable {
    // @unchecked: mutated only by TransferDelegate under its lock.
    let done = DispatchSemaphore(value: 0)
    let url: URL
    var response: HTTPURLResponse?
    var body: [UInt8] = []
    var error: Error?
    var tooLarge: Int?
    var redirects = 0
    /// The total timeout passed and the transfer was cancelled.
    var timedOut = false
    /// Set when a redirect was refused; the transfer then ends with that failure.
    var refusal: FetchFailure?

    init(url: URL) { self.url = url }

    func result(for url: URL, totalTimeout: TimeInterval) -> Result<HTTPResponse, FetchFailure> {
        if let refusal { return .failure(refusal) }
        if timedOut {
            return .failure(FetchFailure(.network, "\(url.absoluteString): no complete answer within \(totalTimeout) s", transient: true))
        }
        if let size = tooLarge {
            return .failure(FetchFailure(.tooLarge, "\(url.absoluteString): body of \(size)+ bytes"))
        }
        if let error {
            let code = (error as? URLError)?.code
            let transient = code == .timedOut || code == .networkConnectionLost
            let what = code == .timedOut ? "timed out" : error.localizedDescription
            return .failure(FetchFailure(.network, "\(url.absoluteString): \(what)", transient: transient))
        }
        guard let response else {
            return .failure(FetchFailure(.network, "\(url.absoluteString): no HTTP response"))
        }
        var headers: [String: String] = [:]
        for (name, value) in response.allHeaderFields {
            if let name = name as? String, let value = value as? String { headers[name.lowercased()] = value }
        }
        return .success(HTTPResponse(status: response.statusCode, finalURL: response.url ?? url, headers: headers, body: body))
    }
}

/// Collects each task's response and body, cancels a body that grows past the limit, and
/// judges every redirect before it is followed.
final class TransferDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // @unchecked: every access to `transfers` and to an HTTPTransfer's fields holds `lock`.
    private let lock = NSLock()
    private var transfers: [Int: HTTPTransfer] = [:]
    private let settings: HTTPSettings

    init(settings: HTTPSettings) {
        self.settings = settings
    }

    func register(_ task: URLSessionTask, url: URL) -> HTTPTransfer {
        let transfer = HTTPTransfer(url: url)
        lock.withLock { transfers[task.taskIdentifier] = transfer }
        return transfer
    }

    func markTimedOut(_ task: URLSessionTask) {
        lock.withLock { transfers[task.taskIdentifier]?.timedOut = true }
    }

    func finish(_ task: URLSessionTask) -> HTTPTransfer {
        lock.withLock { transfers.removeValue(forKey: task.taskIdentifier)! }
    }

    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
        newRequest request: URLRequest, completionHandler: @escaping (URLRequest?) -> Void
    ) {
        guard let transfer = lock.withLock({ transfers[task.taskIdentifier] }) else {
            completionHandler(nil)
            return
        }
        // The Location as sent: FoundationNetworking turns some schemes (file:) into a path on
        // the same host before asking, which would hide where the server pointed.
        let location = response.value(forHTTPHeaderField: "Location").flatMap { URL(string: $0) }
        let target = location?.scheme == nil ? request.url : location
        let refusal = judge(redirect: target, from: response.url ?? transfer.url, transfer: transfer)
        lock.withLock {
            transfer.redirects += 1
            transfer.refusal = refusal
        }
        if refusal != nil {
            completionHandler(nil)
            task.cancel()
        } else {
            completionHandler(request)
        }
    }

    /// Why a redirect must not be followed, or nil when it may.
    private func judge(redirect target: URL?, from origin: URL, transfer: HTTPTransfer) -> FetchFailure? {
        let start = transfer.url.absoluteString
        guard let target else { return FetchFailure(.redirectRefused, "\(start): redirect without a target") }
        let count = lock.withLock { transfer.redirects }
        if count >= settings.maxRedirects {
            return FetchFailure(.redirectRefused, "\(start): more than \(settings.maxRedirects) redirects")
        }
        let scheme = target.scheme?.lowercased() ?? ""
        guard scheme == "http" || scheme == "https" else {
            return FetchFailure(.redirectRefused, "\(start): redirect to \(scheme): refused (\(target.absoluteString))")
        }
        let host = target.host?.lowercased() ?? ""
        let sameHost = host == origin.host?.lowercased() || host == transfer.url.host?.lowercased()
        if !settings.allowInternalRedirects, !sameHost, AddressCheck.isInternal(host: host) {
            return FetchFailure(
                .redirectRefused,
                "\(start): redirect to the internal address \(host) refused (\(target.absoluteString)); allow_internal_redirects permits it")
        }
        return nil
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let length = response.expectedContentLength
        let maxBytes = settings.maxBytes
        let allowed = lock.withLock { () -> Bool in
            guard let transfer = transfers[dataTask.taskIdentifier] else { return false }
            transfer.response = response as? HTTPURLResponse
            // Content-Length counts encoded bytes; the decoded size is checked as data arrives.
            if length > maxBytes {
                transfer.tooLarge = Int(length)
                return false
            }
            return true
        }
        completionHandler(allowed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        let maxBytes = settings.maxBytes
        let overflow = lock.withLock { () -> Bool in
            guard let transfer = transfers[dataTask.taskIdentifier], transfer.tooLarge == nil else { return false }
            transfer.body.append(contentsOf: data)
            if transfer.body.count > maxBytes {
                transfer.tooLarge = transfer.body.count
                transfer.body = []
                return true
            }
            return false
        }
        if overflow { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let transfer = lock.withLock { () -> HTTPTransfer? in
            let transfer = transfers[task.taskIdentifier]
            transfer?.error = error
            return transfer
        }
        transfer?.done.signal()
    }
}
