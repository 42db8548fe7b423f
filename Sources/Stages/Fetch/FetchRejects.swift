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
    /// The URL cannot be parsed.
    public static let invalidURL = RejectReason("invalid_url")
}
