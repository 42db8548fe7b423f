import Foundation
import Stages
import XCTest

/// robots.txt, Crawl-delay and the per-host delay and connection cap.
final class FetchPolitenessTests: XCTestCase {
    private let context = StageContext.testing()

    private func pageServer(robots: String?) throws -> LoopbackHTTPServer {
        try LoopbackHTTPServer(routes: robots.map { ["/robots.txt": .init(contentType: "text/plain", body: $0)] } ?? [:], handler: { request in
            request.path.hasPrefix("/news/") || request.path.hasPrefix("/private/")
                ? .init(contentType: "text/html", body: "<p>\(request.path)</p>") : nil
        }, stoppingAfter: self)
    }

    private func options(delay: Double = 0, robots: Bool = true) -> FetchStage.Options {
        var options = FetchStage.Options.loopback
        options.obeyRobots = robots
        options.perHostDelaySeconds = delay
        return options
    }

    func testRobotsTxtIsFetchedOnceAndItsDisallowedPathsAreRejected() throws {
        let server = try pageServer(robots: """
            User-agent: *
            Disallow: /

            User-agent: corpus-pipeline
            Disallow: /private/
            Allow: /
            """)
        let stage = try FetchStage(options: options())
        for n in 1...3 {
            _ = try FetchTesting.record(stage.process(FetchRequest(source: "s", url: server.url("/news/\(n).html")), context: context))
        }
        let (reason, detail) = try FetchTesting.reject(
            stage.process(FetchRequest(source: "s", url: server.url("/private/a.html")), context: context))

        XCTAssertEqual(reason, .robotsDisallowed)
        XCTAssertTrue(detail.contains("robots.txt"), detail)
        XCTAssertEqual(server.requests.filter { $0.path == "/robots.txt" }.count, 1)
        XCTAssertFalse(server.requests.contains { $0.path.hasPrefix("/private/") })
    }

    func testRobotsCanBeSwitchedOff() throws {
        let server = try pageServer(robots: "User-agent: *\nDisallow: /\n")
        let stage = try FetchStage(options: options(robots: false))
        _ = try FetchTesting.record(stage.process(FetchRequest(source: "s", url: server.url("/news/1.html")), context: context))
        XCTAssertFalse(server.requests.contains { $0.path == "/robots.txt" })
    }

    func testAnUnreachableRobotsTxtRefusesTheSiteWithTheReason() throws {
        let server = try LoopbackHTTPServer(routes: ["/robots.txt": .init(status: 503, contentType: "text/plain", body: "down")], handler: { request in
            request.path.hasPrefix("/news/") ? .init(contentType: "text/html", body: "<p>x</p>") : nil
        }, stoppingAfter: self)
        let stage = try FetchStage(options: options())
        let (reason, detail) = try FetchTesting.reject(stage.process(FetchRequest(source: "s", url: server.url("/news/1.html")), context: context))
        XCTAssertEqual(reason, .httpStatus)
        XCTAssertTrue(detail.contains("robots.txt answered HTTP 503"), detail)
        XCTAssertFalse(server.requests.contains { $0.path.hasPrefix("/news/") })
    }

    func testARobotsTxtThatFailsOnceIsRetried() throws {
        let attempts = Counter()
        let server = try LoopbackHTTPServer(routes: [:], handler: { request in
            if request.path == "/robots.txt" {
                return attempts.next() == 0 ? .init(status: 503, contentType: "text/plain", body: "busy")
                    : .init(contentType: "text/plain", body: "User-agent: *\nDisallow: /private/\n")
            }
            return request.path.hasPrefix("/news/") ? .init(contentType: "text/html", body: "<p>ok</p>") : nil
        }, stoppingAfter: self)
        var options = options()
        options.retries = 1
        options.retryBaseSeconds = 0.01
        let stage = try FetchStage(options: options)
        _ = try FetchTesting.record(stage.process(FetchRequest(source: "s", url: server.url("/news/1.html")), context: context))
        XCTAssertEqual(server.requests.filter { $0.path == "/robots.txt" }.count, 2)
    }

    func testRequestsToOneHostKeepTheDelayEvenWithManyWorkers() throws {
        let server = try pageServer(robots: nil)
        let stage = try FetchStage(options: options(delay: 0.3, robots: false))
        let group = DispatchGroup()
        let context = self.context
        for n in 1...4 {
            DispatchQueue.global().async(group: group) {
                _ = try? stage.process(FetchRequest(source: "s", url: server.url("/news/\(n).html")), context: context)
            }
        }
        group.wait()
        let times = server.requests.map(\.time).sorted()
        XCTAssertEqual(times.count, 4)
        for (a, b) in zip(times, times.dropFirst()) {
            XCTAssertGreaterThanOrEqual(b.timeIntervalSince(a), 0.2, "two requests to one host closer than the delay (0.3 s, less the arrival jitter of a loaded machine)")
        }
    }

    func testCrawlDelayRaisesTheDelay() throws {
        let server = try pageServer(robots: "User-agent: *\nCrawl-delay: 0.5\n")
        let stage = try FetchStage(options: options(delay: 0))
        for n in 1...3 {
            _ = try FetchTesting.record(stage.process(FetchRequest(source: "s", url: server.url("/news/\(n).html")), context: context))
        }
        let times = server.requests.filter { $0.path.hasPrefix("/news/") }.map(\.time)
        for (a, b) in zip(times, times.dropFirst()) {
            XCTAssertGreaterThanOrEqual(b.timeIntervalSince(a), 0.35, "Crawl-delay: 0.5 was not kept")
        }
    }
}
