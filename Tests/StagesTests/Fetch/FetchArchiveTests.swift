import Foundation
import Logging
import Stages
import XCTest

/// Responses archived to WARC during a fetch read back through a `warc` source as the same pages.
final class FetchArchiveTests: XCTestCase {
    private let quiet = Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })

    private func write(_ config: [String: Any], to path: String) throws -> PipelineConfig {
        try JSONSerialization.data(withJSONObject: config).write(to: URL(fileURLWithPath: path))
        return try PipelineConfig.load(path: path)
    }

    private func records(_ path: String) throws -> [[String: Any]] {
        try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n").map {
            try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
        }
    }

    func testAFetchArchivedToWARCIsRebuiltFromTheArchive() throws {
        let arabic = try Fixtures.data("fetch/windows-1256.html")
        let server = try LoopbackHTTPServer(routes: [
            "/a.html": .init(headers: [("Content-Type", "text/html; charset=windows-1256")], body: [UInt8](arabic)),
            "/b.html": .init(contentType: "text/html; charset=utf-8", body: "<html><body><p>English page</p></body></html>"),
            "/gone.html": .init(status: 404, contentType: "text/plain", body: "gone"),
        ], stoppingAfter: self)
        let folder = try TemporaryDirectory()
        let urls = ["/a.html", "/b.html", "/gone.html"].map(server.url)
        let fetchSettings: [String: Any] = ["per_host_delay_seconds": 0, "retries": 0, "warc_directory": "archive"]
        let live = try write(["corpus": "live", "sources": [["name": "news", "type": "urls", "urls": urls]], "fetch": fetchSettings],
                             to: folder.path("live.json"))
        try PipelineRunner(config: live, logger: quiet).run(selection: .only("fetch"), runID: "n1")

        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path("archive"))
        XCTAssertEqual(files.count, 1, "\(files)")
        XCTAssertTrue(files[0].hasSuffix(".warc.gz"), "the file is finished (not .open): \(files)")

        let rebuilt = try write(["corpus": "rebuilt", "sources": [["name": "news", "type": "warc", "path": "archive"]]],
                                to: folder.path("rebuilt.json"))
        try PipelineRunner(config: rebuilt, logger: quiet).run(selection: .only("fetch"), runID: "n1")

        // The archive holds responses in the order they arrived; compare page by page.
        let byID = { (records: [[String: Any]]) in records.sorted { ($0["id"] as! String) < ($1["id"] as! String) } }
        let original = byID(try records(folder.path("live/runs/n1/fetched.jsonl")))
        let fromArchive = byID(try records(folder.path("rebuilt/runs/n1/fetched.jsonl")))
        XCTAssertEqual(original.count, 2)
        XCTAssertEqual(fromArchive.map { $0["id"] as? String }, original.map { $0["id"] as? String })
        for key in ["html", "charset", "charset_source", "body_sha256", "url", "content_type", "http_status"] {
            XCTAssertEqual(fromArchive.map { "\($0[key] ?? "-")" }, original.map { "\($0[key] ?? "-")" }, key)
        }
        // The archive's pages carry the archive's date, so rebuilding twice gives the same bytes.
        try PipelineRunner(config: rebuilt, logger: quiet).run(selection: .only("fetch"), runID: "n2")
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: folder.path("rebuilt/runs/n1/fetched.jsonl"))),
                       try Data(contentsOf: URL(fileURLWithPath: folder.path("rebuilt/runs/n2/fetched.jsonl"))))
    }
}
