import Foundation
import XCTest

@testable import Stages

/// Checks our files with warcio, a WARC library other tools rely on. Needs
/// PIPELINE_PYTHON=/path/to/python with `warcio` importable (CI: `pip install warcio`).
final class WARCIOTests: XCTestCase {
    private func python() throws -> URL {
        guard let path = ProcessInfo.processInfo.environment["PIPELINE_PYTHON"], !path.isEmpty else {
            throw XCTSkip(
                "warcio not available: set PIPELINE_PYTHON to a python with warcio installed (pip install warcio)")
        }
        let url = URL(fileURLWithPath: path)
        guard let probe = try? ChildProcess.run(url, ["-c", "import warcio"], timeout: 60), probe.status == 0 else {
            throw XCTSkip("warcio not available: \(path) cannot run or cannot import warcio")
        }
        return url
    }

    func testWarcioChecksAndReadsBackWhatWeWrote() throws {
        let python = try python()
        let folder = try TemporaryDirectory()
        var configuration = WARCWriter.Configuration(directory: folder.url, prefix: "check")
        configuration.description = "warcio round trip"
        let writer = try WARCWriter(configuration: configuration)
        var exchanges = (0..<6).map { WARCTesting.exchange($0, bodyBytes: 500 + $0 * 4_000) }
        exchanges[4].body = []  // an empty body (a 204)
        exchanges[4].statusLine = HTTPExchange.statusLine(for: 204)
        exchanges[5].statusLine = HTTPExchange.statusLine(for: 404)
        var locations: [WARCLocation] = []
        for exchange in exchanges { locations.append(try writer.write(exchange: exchange)) }
        try writer.close()
        let file = folder.url.appendingPathComponent("check-00000.warc.gz")

        let check = try ChildProcess.run(python, ["-m", "warcio.cli", "check", "-v", file.path], timeout: 120)
        XCTAssertEqual(check.status, 0, check.output)
        // warcinfo has a block digest, request and response records too: every one must pass.
        XCTAssertEqual(
            check.stdout.components(separatedBy: "digest pass").count - 1, 1 + 2 * exchanges.count, check.output)

        let script = """
            import base64, hashlib, json, sys
            from warcio.archiveiterator import ArchiveIterator
            with open(sys.argv[1], 'rb') as f:
                it = ArchiveIterator(f)
                for record in it:
                    payload = record.content_stream().read()
                    status = record.http_headers.get_statuscode() if record.http_headers else None
                    print(json.dumps({
                        'type': record.rec_type,
                        'uri': record.rec_headers.get_header('WARC-Target-URI'),
                        'offset': it.get_record_offset(),
                        'status': status,
                        'sha1': 'sha1:' + base64.b32encode(hashlib.sha1(payload).digest()).decode(),
                    }))
            """
        let read = try ChildProcess.run(python, ["-c", script, file.path], timeout: 120)
        XCTAssertEqual(read.status, 0, read.output)
        let rows = try read.stdout.split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
        XCTAssertEqual(rows.count, 1 + 2 * exchanges.count)
        XCTAssertEqual(rows.first?["type"] as? String, "warcinfo")
        let responses = rows.filter { $0["type"] as? String == "response" }
        XCTAssertEqual(rows.filter { $0["type"] as? String == "request" }.count, exchanges.count)
        XCTAssertEqual(responses.count, exchanges.count)
        for (index, row) in responses.enumerated() {
            let exchange = exchanges[index]
            XCTAssertEqual(row["uri"] as? String, exchange.targetURI)
            XCTAssertEqual(row["offset"] as? Int, locations[index].offset)
            XCTAssertEqual(row["status"] as? String, String(exchange.statusLine.split(separator: " ")[1]))
            XCTAssertEqual(row["sha1"] as? String, WARCTesting.sha1Base32(exchange.body), "payload as warcio reads it")
        }
    }

    func testOurReaderAgreesWithWarcioOnTheFixtures() throws {
        let python = try python()
        for name in ["crawler-chunked-gzip.warc", "warcio-written.warc.gz"] {
            let url = Fixtures.url("warc/" + name)
            let index = try ChildProcess.run(
                python, ["-m", "warcio.cli", "index", "-f", "warc-type,offset", url.path], timeout: 120)
            XCTAssertEqual(index.status, 0, index.output)
            let theirs = try index.stdout.split(separator: "\n").map {
                let row = try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
                return "\(row["warc-type"] as! String)@\(row["offset"] as! String)"
            }
            let ours = try WARCReader(url: url).readAll().map { "\($0.record.type!)@\($0.offset)" }
            XCTAssertEqual(ours, theirs, name)
        }
    }
}
