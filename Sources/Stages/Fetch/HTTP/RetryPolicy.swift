import Foundation

/// When to try a request again, and how long to wait first.
///
/// Retried: timeouts and dropped connections, 429 and 5xx; never another 4xx. The wait grows
/// exponentially with random jitter (so that many workers do not retry in step), and a
/// server's Retry-After is honoured when it asks for longer — unless it asks for more than
/// `maxRetryAfter`, in which case the request fails now rather than stalling the night.
struct RetryPolicy: Sendable {
    /// Retries after the first attempt.
    var retries: Int
    var baseDelay: TimeInterval
    var maxRetryAfter: TimeInterval

    static func isRetryable(status: Int) -> Bool {
        status == 429 || (500..<600).contains(status)
    }

    /// Seconds to wait before retry number `retry` (0-based), or nil when the server's
    /// Retry-After is beyond `maxRetryAfter`.
    func wait(beforeRetry retry: Int, retryAfter: TimeInterval?) -> TimeInterval? {
        let backoff = baseDelay * pow(2, Double(retry)) * Double.random(in: 0.5...1.5)
        guard let retryAfter else { return backoff }
        guard retryAfter <= maxRetryAfter else { return nil }
        return max(backoff, retryAfter)
    }

    /// A Retry-After header: delay-seconds or an HTTP-date (RFC 9110 §10.2.3, read by the feed
    /// date parser, which knows RFC 822 dates), as seconds from `now`.
    static func retryAfter(_ value: String?, now: Date = Date()) -> TimeInterval? {
        guard let text = value?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Int(text) { return seconds >= 0 ? TimeInterval(seconds) : nil }
        guard let date = FeedDate.date(text) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
