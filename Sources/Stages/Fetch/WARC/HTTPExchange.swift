import Foundation

/// One HTTP request and its response, as the fetch stage saw them: what `WARCWriter` archives.
public struct HTTPExchange: Sendable {
    /// The URL requested (after redirects, the one that answered).
    public var targetURI: String
    /// When the response arrived.
    public var date: Date
    /// The request as sent: request line, header lines, and the blank line.
    public var request: [UInt8]
    /// `HTTP/1.1 200 OK`.
    public var statusLine: String
    public var responseHeaders: [HeaderField]
    /// The body as delivered to the fetch stage, i.e. after the HTTP client undid gzip and
    /// chunking (see `WARCWriter.write(exchange:)`).
    public var body: [UInt8]
    /// The server's address, when known (`WARC-IP-Address`).
    public var ipAddress: String?

    public init(
        targetURI: String, date: Date, request: [UInt8], statusLine: String, responseHeaders: [HeaderField],
        body: [UInt8], ipAddress: String? = nil
    ) {
        self.targetURI = targetURI
        self.date = date
        self.request = request
        self.statusLine = statusLine
        self.responseHeaders = responseHeaders
        self.body = body
        self.ipAddress = ipAddress
    }

    /// A GET request as an HTTP/1.1 client would send it for `url`, with `Host` first and
    /// then `headers` (URLSession does not hand back the bytes it sent, so they are rebuilt).
    public static func getRequest(for url: URL, headers: [HeaderField]) -> [UInt8] {
        var target = url.path.isEmpty ? "/" : url.path
        if let components = URLComponents(url: url, resolvingAgainstBaseURL: false) {
            target = components.percentEncodedPath.isEmpty ? "/" : components.percentEncodedPath
            if let query = components.percentEncodedQuery { target += "?" + query }
        }
        var host = url.host ?? ""
        if let port = url.port { host += ":\(port)" }
        let fields = [HeaderField("Host", host)] + headers
        var request: [UInt8] = Array("GET \(target) HTTP/1.1\r\n".utf8)
        request += fields.serialized()
        request += [13, 10]
        return request
    }

    /// `HTTP/1.1 <code> <reason>` for a status code (URLSession gives only the code).
    public static func statusLine(for code: Int) -> String {
        let reasons = [
            200: "OK", 201: "Created", 204: "No Content", 206: "Partial Content", 301: "Moved Permanently",
            302: "Found", 303: "See Other", 304: "Not Modified", 307: "Temporary Redirect",
            308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden",
            404: "Not Found", 410: "Gone", 429: "Too Many Requests", 500: "Internal Server Error",
            502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return "HTTP/1.1 \(code) \(reasons[code] ?? "Unknown")"
    }
}
