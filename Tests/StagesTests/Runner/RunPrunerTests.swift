import Foundation
import XCTest

@testable import Stages

final class RunPrunerTests: XCTestCase {
    func testKeepsTheNewestRunsAndLeavesOtherFoldersAlone() throws {
        let dir = try TemporaryDirectory()
        let runs = dir.url.appendingPathComponent("runs")
        let fm = FileManager.default
        for (index, id) in ["2026-11-20", "2026-11-21", "2026-11-22", "2026-11-23"].enumerated() {
            let manifest = runs.appendingPathComponent(id).appendingPathComponent("fetch.manifest.json")
            try fm.createDirectory(at: manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: manifest)
            try fm.setAttributes([.modificationDate: Date(timeIntervalSince1970: 1_000_000 + Double(index) * 86_400)],
                                 ofItemAtPath: manifest.path)
        }
        try fm.createDirectory(at: runs.appendingPathComponent("notes"), withIntermediateDirectories: true)

        let removed = try RunPruner(corpus: dir.url).prune(keep: 2, current: "2026-11-23")
        XCTAssertEqual(removed, ["2026-11-20", "2026-11-21"])
        XCTAssertEqual(try fm.contentsOfDirectory(atPath: runs.path).sorted(), ["2026-11-22", "2026-11-23", "notes"])
    }

    func testTheCurrentRunIsKeptEvenWhenItIsNotTheNewest() throws {
        let dir = try TemporaryDirectory()
        let runs = dir.url.appendingPathComponent("runs")
        for id in ["a", "b"] {
            let manifest = runs.appendingPathComponent(id).appendingPathComponent("clean.manifest.json")
            try FileManager.default.createDirectory(at: manifest.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("{}".utf8).write(to: manifest)
        }
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSince1970: 0)],
                                              ofItemAtPath: runs.appendingPathComponent("a/clean.manifest.json").path)
        XCTAssertEqual(try RunPruner(corpus: dir.url).prune(keep: 1, current: "a"), ["b"])
    }
}
