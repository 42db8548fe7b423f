import Foundation

/// Each host's robots.txt, fetched once per run (per fetch stage) and kept in memory.
///
/// The first worker to need a host fetches its robots.txt; others needing the same host wait
/// for that answer rather than fetching it again.
final class RobotsCache: @unchecked Sendable {
    // @unchecked: `rules` and `pending` are behind `condition`.
    private let condition = NSCondition()
    private var rules: [String: Verdict] = [:]
    private var pending: Set<String> = []

    /// A site's rules, and why everything is refused when its robots.txt was unreachable.
    struct Verdict: Sendable {
        var rules: RobotsRules
        /// Set for a 429, a 5xx or a network failure (RFC 9309: then nothing may be fetched).
        var unreachable: FetchFailure?
    }

    /// The rules for `url`'s site; `fetch` GETs a robots.txt URL when the site is new.
    func verdict(for url: URL, fetch: (URL) -> Result<HTTPResponse, FetchFailure>) -> Verdict {
        let site = Self.site(of: url)
        condition.lock()
        while pending.contains(site) { condition.wait() }
        if let known = rules[site] {
            condition.unlock()
            return known
        }
        pending.insert(site)
        condition.unlock()

        let answer = robotsURL(site).map(fetch) ?? .failure(FetchFailure(.invalidURL, site))
        let found: Verdict
        switch answer {
        case .success(let response):
            let rules = RobotsPolicy.rules(for: .response(status: response.status, body: response.body))
            let failed = rules == .disallowAll && !(200..<300).contains(response.status)
            found = Verdict(rules: rules, unreachable: failed ? FetchFailure(
                .httpStatus, "\(site)/robots.txt answered HTTP \(response.status): the site is not fetched this run",
                status: response.status) : nil)
        case .failure(let failure) where failure.reason == .redirectRefused:
            found = Verdict(rules: RobotsPolicy.rules(for: .tooManyRedirects))
        case .failure(let failure):
            found = Verdict(rules: RobotsPolicy.rules(for: .networkFailure), unreachable: FetchFailure(
                .network, "\(site)/robots.txt unreachable (\(failure.detail)): the site is not fetched this run"))
        }
        condition.lock()
        rules[site] = found
        pending.remove(site)
        condition.broadcast()
        condition.unlock()
        return found
    }

    /// `https://example.com:8443`: robots.txt applies per scheme, host and port.
    static func site(of url: URL) -> String {
        let scheme = url.scheme?.lowercased() ?? "http"
        let port = url.port.map { ":\($0)" } ?? ""
        return "\(scheme)://\(url.host?.lowercased() ?? "")\(port)"
    }

    private func robotsURL(_ site: String) -> URL? { URL(string: site + "/robots.txt") }
}
