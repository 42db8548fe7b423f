import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One transfer's state while it runs.
final class HTTPTransfer: @unchecked Sendable {
    // @unchecked: mutated only by TransferDelegate under its lock.
    let done = DispatchSemaphore(value: 0)
    var response: HTTPURLResponse?
    var body: [UInt8] = []
    var error: Error?
    var tooLarge: Int?

    func result(for url: URL) -> Result<HTTPResponse, FetchFailure> {
        if let size = tooLarge {
            return .failure(FetchFailure(.tooLarge, "\(url.absoluteString): body of \(size)+ bytes"))
        }
        if let error {
            return .failure(FetchFailure(.network, "\(url.absoluteString): \(error.localizedDescription)"))
        }
        guard let response else {
            return .failure(FetchFailure(.network, "\(url.absoluteString): no HTTP response"))
        }
        return .success(
            HTTPResponse(
                status: response.statusCode,
                finalURL: response.url ?? url,
                etag: response.value(forHTTPHeaderField: "ETag"),
                lastModified: response.value(forHTTPHeaderField: "Last-Modified"),
                contentType: response.value(forHTTPHeaderField: "Content-Type"),
                body: body))
    }
}

/// Collects each task's response and body, and cancels a body that grows past `maxBytes`.
final class TransferDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    // @unchecked: every access to `transfers` and to an HTTPTransfer's fields holds `lock`.
    private let lock = NSLock()
    private var transfers: [Int: HTTPTransfer] = [:]
    private let maxBytes: Int

    init(maxBytes: Int) {
        self.maxBytes = maxBytes
    }

    func register(_ task: URLSessionTask) -> HTTPTransfer {
        let transfer = HTTPTransfer()
        lock.withLock { transfers[task.taskIdentifier] = transfer }
        return transfer
    }

    func finish(_ task: URLSessionTask) -> HTTPTransfer {
        lock.withLock { transfers.removeValue(forKey: task.taskIdentifier)! }
    }

    func urlSession(
        _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
    ) {
        let length = response.expectedContentLength
        let allowed = lock.withLock { () -> Bool in
            guard let transfer = transfers[dataTask.taskIdentifier] else { return false }
            transfer.response = response as? HTTPURLResponse
            if length > maxBytes {
                transfer.tooLarge = Int(length)
                return false
            }
            return true
        }
        completionHandler(allowed ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
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
