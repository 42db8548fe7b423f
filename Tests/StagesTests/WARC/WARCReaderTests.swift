import Foundation
import XCTest

@testable import Stages

final class WARCReaderTests: XCTestCase {
    private let html = Array(
        ("<html><head><meta charset=\"utf-8\"><title>خبر عاجل</title></head><body>"
            + "<p>قال المتحدث إن الاجتماع سيعقد يوم الأحد.</p></body></html>").utf8)

    func testReadsAnotherCrawlersChunkedGzipResponse() throws {
        let reader = try WARCReader(url: Fixtures.url("warc/crawler-chunked-gzip.warc"))
        XCTAssertFalse(reader.isCompressed)
        let entries = try reader.readAll()
        XCTAssertEqual(entries.map { $0.record.type }, ["warcinfo", "request", "response", "metadata"])
        XCTAssertEqual(entries.map { $0.offset }, [0, 286, 731, 1577], "the offsets warcio's indexer gives")
        XCTAssertEqual(entries[1].record.version, "WARC/1.0")
        XCTAssertEqual(entries[1].record.targetURI, "http://news.example/news/1.html", "lower-case field name")
        XCTAssertEqual(entries[1].record["CONTENT-LENGTH"], String(entries[1].record.block.count))

        let responses = try entries.compactMap { try WARCResponse(record: $0.record, maxBodyBytes: 1 << 20) }
        XCTAssertEqual(responses.count, 1)
        let page = responses[0]
        XCTAssertEqual(page.targetURI, "http://news.example/news/1.html")
        XCTAssertEqual(page.status, 200)
        XCTAssertEqual(page.contentType, "text/html; charset=utf-8")
        XCTAssertEqual(page.body, html, "dechunked and gunzipped")
        XCTAssertEqual(page.warcDate, "2026-03-03T10:00:01Z")
        XCTAssertEqual(page.date, WARCDate.parse("2026-03-03T10:00:01Z"))

        // The same through random access, and a decoded body over the limit is refused.
        let response = try reader.record(at: 731)
        XCTAssertEqual(response.recordID, "<urn:uuid:33333333-3333-4333-8333-333333333333>")
        XCTAssertThrowsError(try WARCResponse(record: response, maxBodyBytes: 100))
    }

    func testReadsWarcioWrittenGzipPerRecord() throws {
        let reader = try WARCReader(url: Fixtures.url("warc/warcio-written.warc.gz"))
        XCTAssertTrue(reader.isCompressed)
        let entries = try reader.readAll()
        XCTAssertEqual(entries.map { $0.offset }, [0, 463])
        let pages = try entries.compactMap { try WARCResponse(record: $0.record, maxBodyBytes: 1 << 20) }
        XCTAssertEqual(pages.map { $0.targetURI }, ["http://other.example/a.html", "http://other.example/missing"])
        XCTAssertEqual(pages.map { $0.status }, [200, 404])
        XCTAssertEqual(pages[0].body, html)
        XCTAssertEqual(try reader.record(at: 463).targetURI, "http://other.example/missing")
    }

    func testWholeFileGzipStreamAndMemberWithSeveralRecords() throws {
        let plain = Array(try Fixtures.data("warc/crawler-chunked-gzip.warc"))
        let whole = try WARCReader(bytes: try GzipMember.compress(plain), name: "whole.warc.gz").readAll()
        XCTAssertEqual(whole.map { $0.record.type }, ["warcinfo", "request", "response", "metadata"])
        XCTAssertEqual(whole.map { $0.offset }, [0, 0, 0, 0], "every record starts in the one member at 0")

        // Two members: the first holds warcinfo and request, the second response and metadata.
        let first = try GzipMember.compress(Array(plain[0..<731]))
        let second = try GzipMember.compress(Array(plain[731...]))
        let entries = try WARCReader(bytes: first + second, name: "mixed.warc.gz").readAll()
        XCTAssertEqual(entries.map { $0.offset }, [0, 0, first.count, first.count])
        XCTAssertEqual(entries[2].record.type, "response")
    }

    func testTruncatedGzipFileReadsEarlierRecordsThenNamesTheCut() throws {
        let folder = try TemporaryDirectory()
        let writer = try WARCWriter(configuration: .init(directory: folder.url, prefix: "cut"))
        let locations = try (0..<4).map { try writer.write(exchange: WARCTesting.exchange($0)) }
        try writer.close()
        let url = folder.url.appendingPathComponent("cut-00000.warc.gz")
        let bytes = try Data(contentsOf: url)
        try bytes.prefix(bytes.count - 40).write(to: url)  // the last response member loses its end

        let reader = try WARCReader(url: url)
        var types: [String] = []
        do {
            while let entry = try reader.next() { types.append(entry.record.type ?? "") }
            XCTFail("a truncated file must not end quietly")
        } catch let error as WARCReadError {
            XCTAssertEqual(error.file, url.path)
            XCTAssertEqual(error.offset, locations[3].offset)
            XCTAssertTrue(error.description.contains("offset \(locations[3].offset)"), error.description)
            XCTAssertTrue(error.problem.contains("ends before the end"), error.problem)
            // A second call reports the same error instead of reading on from a lost position.
            XCTAssertThrowsError(try reader.next()) { XCTAssertEqual($0 as? WARCReadError, error) }
        }
        XCTAssertEqual(
            types, ["warcinfo", "request", "response", "request", "response", "request", "response", "request"])
    }

    func testTruncatedUncompressedFileNamesTheRecord() throws {
        let plain = Array(try Fixtures.data("warc/crawler-chunked-gzip.warc"))
        let reader = try WARCReader(bytes: Array(plain[0..<1000]), name: "short.warc")
        XCTAssertEqual(try reader.next()?.offset, 0)
        XCTAssertEqual(try reader.next()?.offset, 286)
        XCTAssertThrowsError(try reader.next()) { error in
            XCTAssertEqual(
                String(describing: error),
                "short.warc: record at offset 731: the file ends inside the record (truncated)")
        }
    }

    func testMalformedRecordsAreErrorsWithClearMessages() throws {
        func problem(_ text: String, limits: WARCReader.Limits = .init()) -> String {
            do {
                _ = try WARCReader(bytes: Array(text.utf8), name: "bad.warc", limits: limits).readAll()
                return "no error"
            } catch let error as WARCReadError {
                return error.problem
            } catch {
                return "unexpected \(error)"
            }
        }
        XCTAssertEqual(try WARCReader(bytes: [], name: "empty.warc").readAll(), [])
        XCTAssertThrowsError(try WARCReader(url: URL(fileURLWithPath: "/nonexistent/x.warc.gz"))) {
            XCTAssertTrue(
                String(describing: $0).hasPrefix("/nonexistent/x.warc.gz: record at offset 0: cannot open"), "\($0)")
        }
        XCTAssertEqual(
            problem("<html>not a warc</html>\r\n"),
            "expected a version line like WARC/1.1, found '<html>not a warc</html>'")
        XCTAssertEqual(problem("WARC/1.1\r\nWARC-Type: resource\r\n\r\nabc\r\n\r\n"), "no Content-Length field")
        XCTAssertEqual(problem("WARC/1.1\r\nContent-Length: -3\r\n\r\n"), "Content-Length '-3' is not a byte count")
        XCTAssertEqual(
            problem("WARC/1.1\r\nContent-Length: 99999999999999999999\r\n\r\n"),
            "Content-Length '99999999999999999999' is not a byte count")
        XCTAssertEqual(
            problem("WARC/1.1\r\nno colon here\r\n\r\n"), "header line without a name and colon: 'no colon here'")
        var small = WARCReader.Limits()
        small.maxBlockBytes = 10
        XCTAssertEqual(
            problem("WARC/1.1\r\nContent-Length: 11\r\n\r\n01234567890\r\n\r\n", limits: small),
            "block of 11 bytes passes the limit of 10")
        small.maxHeaderBytes = 64
        XCTAssertEqual(
            problem("WARC/1.1\r\nX-Long: " + String(repeating: "a", count: 100) + "\r\n", limits: small),
            "a header line is longer than the header limit")
        let gzipThenJunk =
            try GzipMember.compress(Array("WARC/1.1\r\nContent-Length: 0\r\n\r\n\r\n\r\n".utf8)) + [1, 2, 3]
        XCTAssertThrowsError(try WARCReader(bytes: gzipThenJunk, name: "junk.warc.gz").readAll()) {
            XCTAssertTrue(String(describing: $0).contains("are not a gzip member"), String(describing: $0))
        }
    }

    func testToleratesBareLineFeedsFoldedFieldsAndBlankLines() throws {
        let text =
            "\r\nWARC/1.0\nWARC-Type: resource\nWARC-Target-URI: http://a.example/x\n  /continued\n"
            + "content-length: 5\n\nhello\n\n\r\n" + "WARC/1.1\r\nWARC-Type: metadata\r\nContent-Length: 0\r\n\r\n"
        let entries = try WARCReader(bytes: Array(text.utf8), name: "lf.warc").readAll()
        XCTAssertEqual(entries.map { $0.record.type }, ["resource", "metadata"])
        XCTAssertEqual(entries[0].offset, 2)
        XCTAssertEqual(entries[0].record.block, Array("hello".utf8))
        XCTAssertEqual(entries[0].record.targetURI, "http://a.example/x /continued")
        XCTAssertEqual(entries[1].record.block, [])
    }

    func testNonHTTPRecordsAreNotResponses() throws {
        let record = WARCRecord(
            fields: [
                HeaderField("WARC-Type", "response"), HeaderField("WARC-Target-URI", "dns:a.example"),
                HeaderField("Content-Type", "text/dns"),
            ], block: Array("a.example. 300 IN A 192.0.2.1".utf8))
        XCTAssertNil(try WARCResponse(record: record, maxBodyBytes: 100))
        let request = WARCRecord(fields: [HeaderField("WARC-Type", "request")], block: [])
        XCTAssertNil(try WARCResponse(record: request, maxBodyBytes: 100))
    }
}
