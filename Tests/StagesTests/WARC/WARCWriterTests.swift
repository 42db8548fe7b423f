import Foundation
import XCTest

@testable import Stages

final class WARCWriterTests: XCTestCase {
    private func writer(_ directory: URL, maxFileBytes: Int = 1_000_000_000) throws -> WARCWriter {
        var configuration = WARCWriter.Configuration(directory: directory, prefix: "crawl")
        configuration.maxFileBytes = maxFileBytes
        configuration.description = "test crawl of news.example"
        return try WARCWriter(configuration: configuration)
    }

    func testRoundTripWritesRequestResponsePairsAfterWarcinfo() throws {
        let folder = try TemporaryDirectory()
        let writer = try writer(folder.url)
        var locations: [WARCLocation] = []
        for index in 0..<5 { locations.append(try writer.write(exchange: WARCTesting.exchange(index))) }
        // Until closed, the file is only there as .open.
        XCTAssertEqual(try WARCTesting.files(in: folder.url), ["crawl-00000.warc.gz.open"])
        try writer.close()
        XCTAssertEqual(try WARCTesting.files(in: folder.url), ["crawl-00000.warc.gz"])

        let reader = try WARCReader(url: folder.url.appendingPathComponent("crawl-00000.warc.gz"))
        XCTAssertTrue(reader.isCompressed)
        let entries = try reader.readAll()
        XCTAssertEqual(
            entries.map { $0.record.type },
            ["warcinfo"] + Array(repeating: ["request", "response"], count: 5).flatMap { $0 })
        let info = entries[0].record
        XCTAssertEqual(info["WARC-Filename"], "crawl-00000.warc.gz")
        XCTAssertTrue(
            String(decoding: info.block, as: UTF8.self).contains("description: test crawl of news.example\r\n"))
        for index in 0..<5 {
            let request = entries[1 + 2 * index].record
            let response = entries[2 + 2 * index].record
            let exchange = WARCTesting.exchange(index)
            XCTAssertEqual(response.version, "WARC/1.1")
            XCTAssertEqual(response.targetURI, exchange.targetURI)
            XCTAssertEqual(request.targetURI, exchange.targetURI)
            XCTAssertEqual(response.date, WARCDate.format(exchange.date))
            XCTAssertEqual(response["WARC-IP-Address"], exchange.ipAddress)
            XCTAssertEqual(response.contentType, "application/http; msgtype=response")
            XCTAssertEqual(request.contentType, "application/http; msgtype=request")
            XCTAssertEqual(response["WARC-Concurrent-To"], request.recordID)
            XCTAssertEqual(request["WARC-Concurrent-To"], response.recordID)
            XCTAssertEqual(response["WARC-Warcinfo-ID"], info.recordID)
            XCTAssertEqual(request.block, exchange.request)
            XCTAssertEqual(entries[2 + 2 * index].offset, locations[index].offset)
            XCTAssertEqual(locations[index].file, "crawl-00000.warc.gz")
            XCTAssertTrue(response.recordID!.hasPrefix("<urn:uuid:"))

            // The stored HTTP message: decoded body, no Content-Encoding, a true Content-Length.
            let message = try HTTPMessage.parse(response.block, maxBodyBytes: 1 << 20)
            XCTAssertEqual(message.statusCode, 200)
            XCTAssertEqual(message.body, exchange.body)
            XCTAssertNil(message.headers.value("content-encoding"))
            XCTAssertEqual(message.headers.value("Content-Length"), String(exchange.body.count))
            XCTAssertEqual(message.headers.value("etag"), "\"v\(index)\"")
        }
        XCTAssertEqual(Set(entries.compactMap { $0.record.recordID }).count, entries.count, "record ids are unique")
    }

    func testDigestsMatchAnIndependentSHA1() throws {
        let folder = try TemporaryDirectory()
        let writer = try writer(folder.url)
        try writer.write(exchange: WARCTesting.exchange(3, bodyBytes: 50_000))
        try writer.close()
        let entries = try WARCReader(url: folder.url.appendingPathComponent("crawl-00000.warc.gz")).readAll()
        for entry in entries {
            let record = entry.record
            XCTAssertEqual(record["Content-Length"], String(record.block.count))
            XCTAssertEqual(record["WARC-Block-Digest"], WARCTesting.sha1Base32(record.block), record.type ?? "")
        }
        let response = entries[2].record
        let payload = WARCTesting.payload(of: response.block)
        XCTAssertEqual(payload, WARCTesting.exchange(3, bodyBytes: 50_000).body)
        XCTAssertEqual(response["WARC-Payload-Digest"], WARCTesting.sha1Base32(payload))
    }

    func testRandomAccessByReturnedOffset() throws {
        let folder = try TemporaryDirectory()
        let writer = try writer(folder.url)
        let locations = try (0..<20).map { try writer.write(exchange: WARCTesting.exchange($0)) }
        try writer.close()
        let reader = try WARCReader(url: folder.url.appendingPathComponent("crawl-00000.warc.gz"))
        for index in [17, 2, 9, 0, 19] {
            let record = try reader.record(at: locations[index].offset)
            XCTAssertEqual(record.type, "response")
            XCTAssertEqual(record.targetURI, WARCTesting.exchange(index).targetURI)
        }
        // An offset inside a member is not a record: a clear error, not a crash.
        XCTAssertThrowsError(try reader.record(at: locations[4].offset + 3)) { error in
            let message = String(describing: error)
            XCTAssertTrue(message.contains("crawl-00000.warc.gz"), message)
            XCTAssertTrue(message.contains("not a gzip member"), message)
        }
    }

    func testFilesRollAtMaxBytesAndConcurrentWritersKeepPairsWhole() throws {
        let folder = try TemporaryDirectory()
        let writer = try writer(folder.url, maxFileBytes: 20_000)
        let perThread = 40
        let locations = LockedList()
        DispatchQueue.concurrentPerform(iterations: 2) { thread in
            for index in 0..<perThread {
                let location = try! writer.write(
                    exchange: WARCTesting.exchange(thread * 1000 + index, bodyBytes: 3_000))
                locations.append(thread * 1000 + index, location)
            }
        }
        try writer.close()
        let files = try WARCTesting.files(in: folder.url)
        XCTAssertGreaterThan(files.count, 2, "the files rolled")
        XCTAssertFalse(files.contains { $0.hasSuffix(".open") })
        XCTAssertEqual(files.first, "crawl-00000.warc.gz")

        var seen: [String: Int] = [:]  // target URI -> times read
        for file in files {
            let url = folder.url.appendingPathComponent(file)
            let entries = try WARCReader(url: url).readAll()
            XCTAssertEqual(entries.first?.record.type, "warcinfo")
            XCTAssertEqual(entries.first?.record["WARC-Filename"], file)
            // Files pass the limit by at most one exchange.
            let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as! Int
            XCTAssertLessThan(size, 20_000 + 10_000, file)
            let pairs = entries.dropFirst()
            XCTAssertEqual(pairs.count % 2, 0)
            for (request, response) in zip(
                pairs.enumerated().filter { $0.offset % 2 == 0 }.map { $0.element },
                pairs.enumerated().filter { $0.offset % 2 == 1 }.map { $0.element })
            {
                XCTAssertEqual(request.record.type, "request")
                XCTAssertEqual(response.record.type, "response")
                XCTAssertEqual(response.record["WARC-Concurrent-To"], request.record.recordID)
                XCTAssertEqual(request.record.targetURI, response.record.targetURI)
                seen[response.record.targetURI!, default: 0] += 1
            }
        }
        XCTAssertEqual(seen.count, 2 * perThread)
        XCTAssertTrue(seen.values.allSatisfy { $0 == 1 })
        for (index, location) in locations.all {
            let reader = try WARCReader(url: folder.url.appendingPathComponent(location.file))
            XCTAssertEqual(try reader.record(at: location.offset).targetURI, WARCTesting.exchange(index).targetURI)
        }
    }

    func testASecondWriterContinuesTheSerialAndLeavesOldFilesAlone() throws {
        let folder = try TemporaryDirectory()
        let first = try writer(folder.url)
        try first.write(exchange: WARCTesting.exchange(1))
        try first.close()
        let before = try Data(contentsOf: folder.url.appendingPathComponent("crawl-00000.warc.gz"))
        let second = try writer(folder.url)
        let location = try second.write(exchange: WARCTesting.exchange(2))
        XCTAssertEqual(location.file, "crawl-00001.warc.gz")
        try second.close()
        XCTAssertEqual(try Data(contentsOf: folder.url.appendingPathComponent("crawl-00000.warc.gz")), before)
        XCTAssertEqual(try WARCTesting.files(in: folder.url), ["crawl-00000.warc.gz", "crawl-00001.warc.gz"])
    }

    func testHeaderValuesCannotBreakTheRecord() throws {
        let folder = try TemporaryDirectory()
        let writer = try writer(folder.url)
        var exchange = WARCTesting.exchange(1)
        exchange.targetURI = "https://news.example/a\r\nWARC-Type: bogus"
        exchange.responseHeaders.append(HeaderField("X-Evil", "a\nb"))
        try writer.write(exchange: exchange)
        try writer.close()
        let entries = try WARCReader(url: folder.url.appendingPathComponent("crawl-00000.warc.gz")).readAll()
        XCTAssertEqual(entries.map { $0.record.type }, ["warcinfo", "request", "response"])
        XCTAssertEqual(entries[2].record.targetURI, "https://news.example/a WARC-Type: bogus")
    }
}

/// Locations collected from several threads.
private final class LockedList: @unchecked Sendable {
    // @unchecked: `items` is only touched under `lock`.
    private let lock = NSLock()
    private var items: [(Int, WARCLocation)] = []

    func append(_ index: Int, _ location: WARCLocation) {
        lock.lock()
        items.append((index, location))
        lock.unlock()
    }

    var all: [(Int, WARCLocation)] {
        lock.lock()
        defer { lock.unlock() }
        return items
    }
}
