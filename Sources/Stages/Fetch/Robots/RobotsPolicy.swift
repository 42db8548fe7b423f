/// What a site's robots.txt fetch means for the rest of the site (RFC 9309 2.3.1).
///
/// - 2xx: the body's rules (`RobotsRules(parsing:)`).
/// - 4xx, including 401 and 403: robots.txt is "unavailable"; everything is allowed.
///   429 is the exception: a server asking us to slow down is treated as unreachable, as
///   Google does, rather than crawled without limits.
/// - 5xx, a network failure, or no answer: robots.txt is "unreachable"; everything is refused.
/// - More than `maxRedirects` redirects: unavailable (RFC 9309 2.3.1.2); a 3xx or 1xx left
///   unfollowed is treated the same way.
///
/// RFC 9309 2.4 also lets crawlers cache the answer for up to 24 hours; that is the
/// caller's choice, as is keeping an unreachable site refused for at most 30 days.
public enum RobotsPolicy {
    /// How the fetch of `/robots.txt` ended.
    public enum Outcome: Sendable, Equatable {
        /// The final answer after redirects.
        case response(status: Int, body: [UInt8])
        /// The redirect chain was longer than `maxRedirects`.
        case tooManyRedirects
        /// DNS, connection, TLS or timeout: no answer at all.
        case networkFailure
    }

    /// Redirects a crawler follows for robots.txt (RFC 9309 2.3.1.2: at least five).
    public static let maxRedirects = 5

    public static func rules(for outcome: Outcome) -> RobotsRules {
        switch outcome {
        case .response(let status, let body):
            switch status {
            case 200...299: RobotsRules(parsing: body)
            case 429, 500...599: .disallowAll
            default: .allowAll
            }
        case .tooManyRedirects: .allowAll
        case .networkFailure: .disallowAll
        }
    }
}
