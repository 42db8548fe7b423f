import Foundation
@testable import Stages
import XCTest

/// Redirect chains and safety, conditional requests, retries and Retry-After, gzip bombs.
final class FetchHTTPBehaviourTests: XCTestCase {
    private let context = StageContext.testing()
    private let page = LoopbackHTTPServer.Response(contentType: "text/html; charset=utf-8", body: "<p>الخبر</p>")

    private func process(_ stage: FetchStage, _ request: FetchRequest) throws -> StageOutcome<FetchedRecord> {
        try stage.process(request, context: context)
    }

    func testAChainOf301And302IsFollowedToItsEndAndALongerChainIsRefused() throws {
        let server = try LoopbackHTTPServer(
            routes: [
                "/a": .redirect(to: "/b", status: 301), "/b": .redirect(to: "/c", status: 302),
                "/c": .redirect(to: "/final", status: 301), "/final": page,
            ], stoppingAfter: self)
        var options = FetchStage.Options.loopback
        let record = try FetchTesting.record(process(try FetchStage(options: options), FetchRequest(source: "s", url: server.url("/a"))))
        XCTAssertEqual(record.fetch.finalURL, server.url("/final"))
        XCTAssertEqual(record.html, "<p>الخبر</p>")

        options.maxRedirects = 2
        let (reason, detail) = try FetchTesting.reject(
            process(try FetchStage(options: options), FetchRequest(source: "s", url: server.url("/a"))))
        XCTAssertEqual(reason, .redirectRefused)
        XCTAssertTrue(detail.contains("more than 2 redirects"), detail)
    }

    func testARedirectFromAHostNameToALoopbackAddressIsRefusedUnlessAllowed() throws {
        let server = try LoopbackHTTPServer(routes: ["/secret": page], stoppingAfter: self)
        let start = "http://localhost:\(server.port)/go"
        server.setRoute("/go", .redirect(to: server.url("/secret")))
        var options = FetchStage.Options.loopback
        options.allowInternalRedirects = false

        let (reason, detail) = try FetchTesting.reject(process(try FetchStage(options: options), FetchRequest(source: "s", url: start)))
        XCTAssertEqual(reason, .redirectRefused)
        XCTAssertTrue(detail.contains("internal address 127.0.0.1"), detail)
        XCTAssertFalse(server.requests.contains { $0.path == "/secret" }, "the refused target was requested")

        options.allowInternalRedirects = true
        let record = try FetchTesting.record(process(try FetchStage(options: options), FetchRequest(source: "s", url: start)))
        XCTAssertEqual(record.fetch.finalURL, server.url("/secret"))
    }

    func testARedirectToAFileURLIsRefused() throws {
        let server = try LoopbackHTTPServer(routes: ["/go": .redirect(to: "file:///etc/passwd")], stoppingAfter: self)
        let (reason, detail) = try FetchTesting.reject(
            process(try FetchStage(options: .loopback), FetchRequest(source: "s", url: server.url("/go"))))
        XCTAssertEqual(reason, .redirectRefused)
        XCTAssertTrue(detail.contains("file"), detail)
    }

    func testConditionalRequestsGet304AndAreFilteredAsNotModified() throws {
        let server = try LoopbackHTTPServer(routes: [:], handler: { request in
            if request.headers["if-none-match"] == "\"v7\"" || request.headers["if-modified-since"] == "Fri, 28 Jan 2022 09:00:00 GMT" {
                return .init(status: 304)
            }
            return .init(
                headers: [("Content-Type", "text/html"), ("ETag", "\"v7\""), ("Last-Modified", "Fri, 28 Jan 2022 09:00:00 GMT")],
                body: Array("<p>page</p>".utf8))
        }, stoppingAfter: self)
        let stage = try FetchStage(options: .loopback)
        var request = FetchRequest(source: "s", url: server.url("/p.html"))

        let first = try FetchTesting.record(process(stage, request))
        XCTAssertEqual(first.fetch.etag, "\"v7\"")

        request.ifNoneMatch = first.fetch.etag
        guard case .filter(let reason) = try process(stage, request) else { return XCTFail("expected a filtered 304") }
        XCTAssertEqual(reason, "not_modified")

        request.ifNoneMatch = nil
        request.ifModifiedSince = first.fetch.lastModified
        guard case .filter("not_modified") = try process(stage, request) else { return XCTFail("If-Modified-Since alone") }
        XCTAssertEqual(server.requests.map { $0.headers["if-none-match"] }, [nil, "\"v7\"", nil])
    }

    func testA500IsRetriedUntilTheServerAnswers200() throws {
        let attempts = Counter()
        let server = try LoopbackHTTPServer(routes: [:], handler: { _ in
            attempts.next() < 2 ? .init(status: 503, contentType: "text/plain", body: "busy") : .init(contentType: "text/html", body: "<p>ok</p>")
        }, stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.retries = 3
        options.retryBaseSeconds = 0.05

        let record = try FetchTesting.record(process(try FetchStage(options: options), FetchRequest(source: "s", url: server.url("/p"))))
        XCTAssertEqual(record.html, "<p>ok</p>")
        XCTAssertEqual(server.requests.count, 3)
    }

    func testRetriesStopAtTheLimitAndTheLastStatusIsTheReject() throws {
        let server = try LoopbackHTTPServer(routes: ["/p": .init(status: 500, contentType: "text/plain", body: "down")], stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.retries = 2
        options.retryBaseSeconds = 0.01
        let (reason, detail) = try FetchTesting.reject(process(try FetchStage(options: options), FetchRequest(source: "s", url: server.url("/p"))))
        XCTAssertEqual(reason, .httpStatus)
        XCTAssertTrue(detail.contains("500"), detail)
        XCTAssertEqual(server.requests.count, 3)
    }

    func testOther4xxAreNeverRetried() throws {
        let server = try LoopbackHTTPServer(
            routes: ["/gone": .init(status: 410, contentType: "text/plain", body: "gone"),
                     "/missing": .init(status: 404, contentType: "text/plain", body: "no")], stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.retries = 3
        options.retryBaseSeconds = 0.01
        let stage = try FetchStage(options: options)
        for path in ["/gone", "/missing"] {
            let (reason, detail) = try FetchTesting.reject(process(stage, FetchRequest(source: "s", url: server.url(path))))
            XCTAssertEqual(reason, .httpStatus)
            XCTAssertTrue(detail.contains(path == "/gone" ? "410" : "404"), detail)
        }
        XCTAssertEqual(server.requests.count, 2)
    }

    func testA429IsRetriedAfterItsRetryAfterAndATooLongRetryAfterFailsAtOnce() throws {
        let attempts = Counter()
        let server = try LoopbackHTTPServer(routes: ["/never": .init(status: 429, headers: [("Retry-After", "3600")])], handler: { request in
            guard request.path == "/p" else { return nil }
            return attempts.next() == 0 ? .init(status: 429, headers: [("Retry-After", "1")]) : .init(contentType: "text/html", body: "<p>ok</p>")
        }, stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.retries = 2
        options.retryBaseSeconds = 0.01
        options.maxRetryAfterSeconds = 60
        let stage = try FetchStage(options: options)

        _ = try FetchTesting.record(process(stage, FetchRequest(source: "s", url: server.url("/p"))))
        let times = server.requests.filter { $0.path == "/p" }.map(\.time)
        XCTAssertEqual(times.count, 2)
        XCTAssertGreaterThanOrEqual(times[1].timeIntervalSince(times[0]), 0.9, "Retry-After: 1 was not honoured")

        let (reason, detail) = try FetchTesting.reject(process(stage, FetchRequest(source: "s", url: server.url("/never"))))
        XCTAssertEqual(reason, .httpStatus)
        XCTAssertTrue(detail.contains("Retry-After 3600"), detail)
        XCTAssertEqual(server.requests.filter { $0.path == "/never" }.count, 1)
    }

    func testRetryAfterIsReadAsSecondsOrAsAnHTTPDate() {
        let now = Date(timeIntervalSince1970: 1_643_360_400)  // Fri, 28 Jan 2022 09:00:00 GMT
        XCTAssertEqual(RetryPolicy.retryAfter("120", now: now), 120)
        XCTAssertEqual(RetryPolicy.retryAfter("Fri, 28 Jan 2022 09:01:30 GMT", now: now), 90)
        XCTAssertEqual(RetryPolicy.retryAfter("Fri, 28 Jan 2022 08:00:00 GMT", now: now), 0, "a date past is now")
        XCTAssertNil(RetryPolicy.retryAfter("-5", now: now))
        XCTAssertNil(RetryPolicy.retryAfter("soon", now: now))
    }

    func testAGzipBombIsStoppedAtTheDecodedSizeLimit() throws {
        let bomb = try GzipMember.compress([UInt8](repeating: 0x20, count: 20_000_000))
        XCTAssertLessThan(bomb.count, 100_000)
        let server = try LoopbackHTTPServer(routes: [
            "/bomb": .init(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: bomb),
            "/small": .init(headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                            body: try GzipMember.compress(Array("<p>مضغوط</p>".utf8))),
        ], stoppingAfter: self)
        var options = FetchStage.Options.loopback
        options.maxBytes = 1_000_000
        let stage = try FetchStage(options: options)

        let (reason, _) = try FetchTesting.reject(process(stage, FetchRequest(source: "s", url: server.url("/bomb"))))
        XCTAssertEqual(reason, .tooLarge)
        let record = try FetchTesting.record(process(stage, FetchRequest(source: "s", url: server.url("/small"))))
        XCTAssertEqual(record.html, "<p>مضغوط</p>", "gzip is decoded")
    }
}

/// A thread-safe counter for handlers that answer differently on each call.
final class Counter: @unchecked Sendable {
    // @unchecked: `value` is behind `lock`.
    private let lock = NSLock()
    private var value = 0

    /// The count before this call.
    func next() -> Int {
        lock.withLock {
            defer { value += 1 }
            return value
        }
    }
}
