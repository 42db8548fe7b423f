import Foundation
import XCTest

@testable import Stages

final class AtomicFileTests: XCTestCase {
    func testCommitReplacesAndAbortKeepsThePreviousFile() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("out.jsonl", "old\n")

        let aborted = try AtomicFile(path: path)
        try aborted.writeLine(Data("new".utf8))
        aborted.abort()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n")

        let committed = try AtomicFile(path: path)
        try committed.writeLine(Data("new".utf8))
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "old\n", "nothing visible before commit")
        try committed.commit()
        XCTAssertEqual(try String(contentsOfFile: path, encoding: .utf8), "new\n")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.url.path), ["out.jsonl"])
    }

    func testAFileDroppedWithoutCommitLeavesNoTemporaryFile() throws {
        let dir = try TemporaryDirectory()
        do {
            let file = try AtomicFile(path: dir.path("out.jsonl"))
            try file.writeLine(Data("x".utf8))
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: dir.url.path), [])
    }
}
