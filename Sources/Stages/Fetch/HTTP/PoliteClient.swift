import Foundation

/// The HTTP client the fetch stage uses: one `HTTPClient` behind per-host politeness
/// (`HostGate`), robots.txt (`RobotsCache`), retries (`RetryPolicy`) and the optional WARC
/// archive of every response (`ResponseArchive`).
struct PoliteClient: Sendable {
    let client: HTTPClient
    let gate: HostGate
    let robots: RobotsCache?
    let retry: RetryPolicy
    let archive: ResponseArchive?

    /// GETs `url` when robots.txt allows it, waiting its turn on the host and retrying
    /// transient failures. A final 429 or 5xx comes back as a response; the caller judges it.
    /// `base` is the config's folder, which the archive's folder is relative to.
    func get(_ url: URL, validators: Validators? = nil, base: URL) -> Result<HTTPResponse, FetchFailure> {
        let host = Self.hostKey(url)
        if let robots {
            let verdict = robots.verdict(for: url) { retrying($0, host: host, validators: nil, base: base) }
            if let failure = verdict.unreachable { return .failure(failure) }
            let rules = verdict.rules
            if let delay = rules.crawlDelay(userAgent: client.settings.userAgent) { gate.setDelay(delay, for: host) }
            let target = url.path.isEmpty ? "/" : url.path + (url.query.map { "?" + $0 } ?? "")
            guard rules.isAllowed(target, userAgent: client.settings.userAgent) else {
                return .failure(FetchFailure(
                    .robotsDisallowed, "\(url.absoluteString): disallowed by \(RobotsCache.site(of: url))/robots.txt"))
            }
        }
        return retrying(url, host: host, validators: validators, base: base)
    }

    /// GETs `url`, retrying timeouts, dropped connections, 429 and 5xx as `retry` says.
    private func retrying(_ url: URL, host: String, validators: Validators?, base: URL) -> Result<HTTPResponse, FetchFailure> {
        var retry = 0
        while true {
            let result = exchange(url, host: host, validators: validators, base: base)
            let retryAfter: TimeInterval?
            switch result {
            case .success(let response) where RetryPolicy.isRetryable(status: response.status):
                retryAfter = RetryPolicy.retryAfter(response.headers["retry-after"])
            case .failure(let failure) where failure.transient:
                retryAfter = nil
            default:
                return result
            }
            guard retry < self.retry.retries else { return result }
            guard let wait = self.retry.wait(beforeRetry: retry, retryAfter: retryAfter) else {
                let status = (try? result.get().status) ?? 0
                return .failure(FetchFailure(
                    .httpStatus,
                    "HTTP \(status) for \(url.absoluteString): Retry-After \(Int(retryAfter ?? 0)) s is more than max_retry_after_seconds",
                    status: status))
            }
            gate.pause(host, until: Date().addingTimeInterval(wait))
            retry += 1
        }
    }

    /// One GET in the host's turn, archived when there is an archive.
    private func exchange(_ url: URL, host: String, validators: Validators?, base: URL) -> Result<HTTPResponse, FetchFailure> {
        let result = gate.withSlot(host) { client.get(url, validators: validators) }
        guard let archive, case .success(let response) = result else { return result }
        do {
            try archive.record(url, sent: client.headers(validators), response: response, base: base)
        } catch {
            return .failure(FetchFailure(.archiveFailed, "\(url.absoluteString): cannot write the WARC archive: \(error)"))
        }
        return result
    }

    /// Politeness is per host and port: two servers on one machine are two hosts.
    static func hostKey(_ url: URL) -> String {
        (url.host?.lowercased() ?? "") + (url.port.map { ":\($0)" } ?? "")
    }
}
