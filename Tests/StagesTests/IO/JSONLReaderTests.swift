import Foundation
import XCTest

@testable import Stages

final class JSONLReaderTests: XCTestCase {
    func testReadsCRLFBlankLinesAndAFinalLineWithoutNewline() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("in.jsonl", "{\"a\":1}\r\n\r\n  \n{\"a\":2}\n{\"a\":3}")
        let reader = try JSONLReader(path: path)
        var lines: [(Int, String)] = []
        while let line = reader.next() { lines.append((line.number, String(decoding: line.bytes, as: UTF8.self))) }
        XCTAssertEqual(lines.map(\.0), [1, 4, 5])
        XCTAssertEqual(lines.map(\.1), ["{\"a\":1}", "{\"a\":2}", "{\"a\":3}"])
    }

    func testReadsALineLongerThanItsBuffer() throws {
        let dir = try TemporaryDirectory()
        let long = String(repeating: "ب", count: 12_000_000)  // 24 MB of UTF-8
        let path = try dir.write("in.jsonl", "{\"t\":\"x\"}\n{\"t\":\"\(long)\"}\n{\"t\":\"y\"}\n")
        let reader = try JSONLReader(path: path)
        let sizes = sequence(first: (), next: { _ in () }).lazy.map { _ in reader.next() }.prefix { $0 != nil }
            .map { $0!.bytes.count }
        XCTAssertEqual(Array(sizes), [9, 24_000_008, 9])
    }

    func testBatchesStopAtTheLineLimit() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("in.jsonl", (1...10).map { "{\"n\":\($0)}" }.joined(separator: "\n"))
        let reader = try JSONLReader(path: path)
        XCTAssertEqual(reader.nextBatch(maxLines: 4, maxBytes: 1 << 20).map(\.number), [1, 2, 3, 4])
        XCTAssertEqual(reader.nextBatch(maxLines: 100, maxBytes: 1 << 20).count, 6)
        XCTAssertTrue(reader.nextBatch(maxLines: 4, maxBytes: 1 << 20).isEmpty)
    }

    func testMissingFileIsAClearError() {
        XCTAssertThrowsError(try JSONLReader(path: "/nonexistent/in.jsonl")) { error in
            XCTAssertTrue("\(error)".contains("/nonexistent/in.jsonl"), "\(error)")
        }
    }
}
