/// Why the fetch stage could not turn a request into a page.
extension RejectReason {
    /// The server answered with a status outside 200–299 (the detail gives the status).
    public static let httpStatus = RejectReason("http_status")
    /// The request failed before a complete answer: DNS, connection, TLS, timeout.
    public static let network = RejectReason("network")
    /// A local file is missing, is a folder, or cannot be read.
    public static let unreadable = RejectReason("unreadable")
    /// The body is larger than the `max_bytes` option.
    public static let tooLarge = RejectReason("too_large")
    /// The URL's scheme is neither http, https nor file (mailto:, ftp:, javascript: ...).
    public static let refusedScheme = RejectReason("refused_scheme")
    /// A redirect led to another scheme, to an internal address on another host, or past the limit.
    public static let redirectRefused = RejectReason("redirect_refused")
    /// robots.txt disallows the URL for our User-Agent (or the host's robots.txt was unreachable).
    public static let robotsDisallowed = RejectReason("robots_disallowed")
    /// The response could not be written to the WARC archive (`warc_directory`).
    public static let archiveFailed = RejectReason("archive_failed")
    /// A `warc` source's record could not be read back.
    public static let warcUnreadable = RejectReason("warc_unreadable")
    /// A conditional request answered 304: counted as filtered (`not_modified`), never a reject.
    static let notModified = RejectReason("not_modified")
    /// The URL cannot be parsed.
    public static let invalidURL = RejectReason("invalid_url")
}
