import Foundation
import XCTest

#if canImport(Glibc)
    import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 with an ephemeral port, for fetch tests: each route
/// maps a path to a canned answer. One thread accepts, one thread per connection answers,
/// and every connection is closed after one answer.
final class LoopbackHTTPServer: @unchecked Sendable {
    // @unchecked: `requests` and `listener` are guarded by `lock`; routes never change.
    struct Response: Sendable {
        var status: Int
        var headers: [(String, String)]
        var body: [UInt8]
        /// Wait this long before answering (to test timeouts).
        var delay: TimeInterval = 0
        /// Send Content-Length; without it the body ends when the connection closes.
        var sendsLength = true

        init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: TimeInterval = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        init(status: Int = 200, contentType: String, body: String, delay: TimeInterval = 0) {
            self.init(status: status, headers: [("Content-Type", contentType)], body: Array(body.utf8), delay: delay)
        }

        static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }
    }

    /// What the server received: the request line's path and the headers, lowercased names.
    struct Request: Sendable {
        var path: String
        var headers: [String: String]
        /// When the request arrived.
        var time = Date()
    }

    /// Answers a request itself, or returns nil to fall back to the routes.
    typealias Handler = @Sendable (Request) -> Response?

    let port: UInt16
    private var routes: [String: Response]
    private let handler: Handler?
    private let lock = NSLock()
    private var listener: Int32
    private var received: [Request] = []

    /// Starts listening; the server stops at the end of `test` (or with `stop()`).
    init(routes: [String: Response], handler: Handler? = nil, stoppingAfter test: XCTestCase) throws {
        self.routes = routes
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(fd, generic, length) == 0 && listen(fd, 64) == 0 && getsockname(fd, generic, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        Thread.detachNewThread { [self] in acceptLoop(fd) }
        test.addTeardownBlock { [self] in stop() }
    }

    deinit { stop() }

    /// The URL of `path` on this server.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    var requests: [Request] { lock.withLock { received } }

    /// Adds or replaces a route (a feed that grows between two nights).
    func setRoute(_ path: String, _ response: Response) {
        lock.withLock { routes[path] = response }
    }

    /// Forgets the requests received so far.
    func clearRequests() {
        lock.withLock { received = [] }
    }

    func stop() {
        let fd = lock.withLock { () -> Int32 in
            defer { listener = -1 }
            return listener
        }
        guard fd >= 0 else { return }
        shutdown(fd, Int32(SHUT_RDWR))  // wakes the accept loop, which closes the socket
    }

    private func acceptLoop(_ fd: Int32) {
        defer { close(fd) }
        while true {
            let connection = accept(fd, nil, nil)
            guard connection >= 0 else {
                if errno == EINTR { continue }
                return
            }
            Thread.detachNewThread { [self] in answer(connection) }
        }
    }

    private func answer(_ connection: Int32) {
        defer { close(connection) }
        guard let request = readRequest(connection) else { return }
        lock.withLock { received.append(request) }
        let route = lock.withLock { routes[request.path] ?? routes[String(request.path.prefix { $0 != "?" })] }
        let response = handler?(request) ?? route ?? Response(status: 404, contentType: "text/plain", body: "not found")
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        var head = "HTTP/1.1 \(response.status) \(response.status < 400 ? "OK" : "Error")\r\n"
        for (name, value) in response.headers { head += "\(name): \(value)\r\n" }
        if response.sendsLength, !response.headers.contains(where: { $0.0.lowercased() == "content-length" }) {
            head += "Content-Length: \(response.body.count)\r\n"
        }
        head += "Connection: close\r\n\r\n"
        send(connection, Array(head.utf8) + response.body)
    }

    private func readRequest(_ connection: Int32) -> Request? {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        let end = Array("\r\n\r\n".utf8)
        while bytes.count < 65536 {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return nil }
            bytes += buffer[0..<count]
            if let range = bytes.firstRange(of: end) {
                bytes = Array(bytes[..<range.lowerBound])
                break
            }
        }
        let lines = String(decoding: bytes, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        return Request(path: String(parts[1]), headers: headers)
    }

    private func send(_ connection: Int32, _ bytes: [UInt8]) {
        var offset = 0
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes {
                Glibc.send(connection, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL))
            }
            guard sent > 0 else { return }
            offset += sent
        }
    }
}
