import Foundation

extension FetchStage {
    public struct Options: StageOptions {
        /// The User-Agent header of every HTTP request; its product token (before `/`) is the
        /// name robots.txt rules are matched against.
        public var userAgent = "corpus-pipeline/0.1 (+https://example.invalid/corpus-pipeline)"
        /// Seconds one HTTP request may take in all, from connecting to the last byte; then `network`.
        /// At least 1: FoundationNetworking rounds shorter timeouts down to none left.
        public var timeoutSeconds: Double = 30
        /// Seconds to connect, and the longest silence allowed while an answer arrives.
        public var connectTimeoutSeconds: Double = 10
        /// The largest page, feed or file accepted, in bytes, counted after gzip/deflate
        /// decoding; a larger one is `too_large`.
        public var maxBytes = 50_000_000
        /// Redirects followed for one request; more is `redirect_refused`.
        public var maxRedirects = 10
        /// Follow a redirect to a loopback or private address on another host (refused by default).
        public var allowInternalRedirects = false
        /// Requests in flight at once, over all hosts (the fetch stage's workers).
        public var connections = 8
        /// Requests in flight at once to one host.
        public var perHostConnections = 2
        /// Seconds between the starts of two requests to one host (robots.txt Crawl-delay raises it).
        public var perHostDelaySeconds: Double = 1
        /// Fetch robots.txt once per host per run and obey it for our User-Agent.
        public var obeyRobots = true
        /// Retries after a timeout, a dropped connection, 429 or 5xx (never another 4xx).
        public var retries = 3
        /// The first retry's wait in seconds; doubled each time, with jitter.
        public var retryBaseSeconds: Double = 1
        /// The longest Retry-After honoured; a server asking for more fails the request now.
        public var maxRetryAfterSeconds: Double = 120
        /// Feed items fetched on an earlier night are asked for again with a conditional GET
        /// when the state holds validators for them (a 304 costs nothing); false skips them.
        public var recheckSeenItems = true
        /// Take the article from the feed's full content (`content:encoded`, Atom or JSON Feed
        /// content) instead of fetching the page, when it holds at least `feed_content_min_chars`.
        public var useFeedContent = false
        /// Characters of text a feed item's content needs to count as the full article.
        public var feedContentMinChars = 500
        /// A folder (relative to the config) to archive every HTTP exchange into as WARC/1.1
        /// files; empty: no archive.
        public var warcDirectory = ""
        /// A WARC file is closed and a new one begun past this size.
        public var warcMaxFileBytes = 1_000_000_000

        public init() {}

        enum CodingKeys: String, CodingKey {
            case userAgent = "user_agent"
            case timeoutSeconds = "timeout_seconds"
            case connectTimeoutSeconds = "connect_timeout_seconds"
            case maxBytes = "max_bytes"
            case maxRedirects = "max_redirects"
            case allowInternalRedirects = "allow_internal_redirects"
            case connections
            case perHostConnections = "per_host_connections"
            case perHostDelaySeconds = "per_host_delay_seconds"
            case obeyRobots = "obey_robots"
            case retries
            case retryBaseSeconds = "retry_base_seconds"
            case maxRetryAfterSeconds = "max_retry_after_seconds"
            case recheckSeenItems = "recheck_seen_items"
            case useFeedContent = "use_feed_content"
            case feedContentMinChars = "feed_content_min_chars"
            case warcDirectory = "warc_directory"
            case warcMaxFileBytes = "warc_max_file_bytes"
        }

        /// Throws the first setting that cannot work, naming its key.
        func validate() throws {
            func check(_ ok: Bool, _ key: CodingKeys, _ message: String) throws {
                if !ok { throw FetchConfigError(key: key.rawValue, message: message) }
            }
            try check(timeoutSeconds >= 1 && timeoutSeconds.isFinite, .timeoutSeconds, "must be at least 1 second")
            try check(connectTimeoutSeconds >= 1 && connectTimeoutSeconds.isFinite, .connectTimeoutSeconds, "must be at least 1 second")
            try check(maxBytes > 0, .maxBytes, "must be a positive number of bytes")
            try check(!userAgent.isEmpty && !userAgent.contains(where: \.isNewline), .userAgent, "must be one non-empty line")
            try check(maxRedirects >= 0, .maxRedirects, "must be 0 or more")
            try check((1...256).contains(connections), .connections, "must be between 1 and 256")
            try check(perHostConnections >= 1, .perHostConnections, "must be at least 1")
            try check(perHostDelaySeconds >= 0 && perHostDelaySeconds.isFinite, .perHostDelaySeconds, "must be 0 or more seconds")
            try check(retries >= 0, .retries, "must be 0 or more")
            try check(retryBaseSeconds >= 0 && retryBaseSeconds.isFinite, .retryBaseSeconds, "must be 0 or more seconds")
            try check(maxRetryAfterSeconds >= 0 && maxRetryAfterSeconds.isFinite, .maxRetryAfterSeconds, "must be 0 or more seconds")
            try check(feedContentMinChars >= 0, .feedContentMinChars, "must be 0 or more")
            try check(warcMaxFileBytes >= 1_000_000, .warcMaxFileBytes, "must be at least 1000000 bytes")
        }
    }
}
