import Foundation
import XCTest

@testable import Stages

final class ConfigTests: XCTestCase {
    func testDefaultsApplyWhenSectionsAreAbsent() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("pipeline.json", #"{"sources": []}"#)
        let config = try PipelineConfig.load(path: path)
        XCTAssertEqual(config.corpus.path, dir.url.appendingPathComponent("corpus/out").standardizedFileURL.path)
        XCTAssertEqual(config.workers, 0)
        XCTAssertGreaterThan(config.effectiveWorkers(), 0)
        XCTAssertEqual(config.effectiveWorkers(3), 3)
    }

    func testEveryProblemIsReportedWithItsKeyAndTheFile() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("bad.json", """
            {"workers": "two", "colour": 1, "dedupe": {"bands": "many", "shingles": 3}, "split": {"min_letters": 4}}
            """)
        XCTAssertThrowsError(try PipelineConfig.load(path: path)) { error in
            guard let error = error as? ConfigError else { return XCTFail("\(error)") }
            let keys = error.problems.map(\.key)
            XCTAssertTrue(keys.contains("workers"), "\(keys)")
            XCTAssertTrue(keys.contains("colour"), "\(keys)")
            XCTAssertTrue(keys.contains("dedupe.shingles"), "\(keys)")
            XCTAssertFalse(keys.contains("split.min_letters"), "a known key with the right type is fine")
            XCTAssertTrue(error.description.contains(path))
        }
    }

    func testAWrongTypeInsideAStageSectionNamesItsKeyPath() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("bad.json", #"{"dedupe": {"bands": "many"}}"#)
        XCTAssertThrowsError(try PipelineConfig.load(path: path)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems.map(\.key), ["dedupe.bands"])
        }
    }

    func testMissingAndMalformedFilesAreConfigErrors() throws {
        XCTAssertThrowsError(try PipelineConfig.load(path: "/nonexistent/pipeline.json")) { error in
            XCTAssertTrue(error is ConfigError)
        }
        let dir = try TemporaryDirectory()
        let path = try dir.write("broken.json", "{\"workers\": 2,")
        XCTAssertThrowsError(try PipelineConfig.load(path: path)) { error in
            XCTAssertTrue("\(error)".contains("not valid JSON"), "\(error)")
        }
    }

    func testSpellingOutADefaultDoesNotChangeTheConfigHash() throws {
        let dir = try TemporaryDirectory()
        let plain = try PipelineConfig.load(path: try dir.write("a.json", "{}"))
        let spelled = try PipelineConfig.load(path: try dir.write("b.json", #"{"dedupe": {"ngram": 3}}"#))
        let changed = try PipelineConfig.load(path: try dir.write("c.json", #"{"dedupe": {"ngram": 5}}"#))
        let dedupe = StageRegistry.stage(named: "dedupe")!
        XCTAssertEqual(try dedupe.prepare(plain).configHash, try dedupe.prepare(spelled).configHash)
        XCTAssertNotEqual(try dedupe.prepare(plain).configHash, try dedupe.prepare(changed).configHash)
    }

    func testASourceFolderThatDoesNotExistIsAConfigErrorNamingTheSource() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("pipeline.json", #"{"sources": [{"name": "saved", "type": "files", "path": "no/such/folder"}]}"#)
        let runner = PipelineRunner(config: try PipelineConfig.load(path: path), logger: .init(label: "test"))
        XCTAssertThrowsError(try runner.run(selection: .all(force: false), runID: "t")) { error in
            let config = error as? ConfigError
            XCTAssertEqual(config?.problems.first?.key, "sources[saved]", "\(error)")
            XCTAssertEqual(config?.file, path)
        }
    }

    func testAnUnknownKeyInASourceIsNamed() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("pipeline.json", #"{"sources": [{"name": "f", "type": "feed", "url": "x.xml", "folder": "y"}]}"#)
        XCTAssertThrowsError(try PipelineConfig.load(path: path)) { error in
            XCTAssertEqual((error as? ConfigError)?.problems.first?.key, "sources[0].folder", "\(error)")
        }
    }

    func testEachStageWritesWhatTheNextOneReads() {
        XCTAssertEqual(StageRegistry.chainMismatches(), [])
        XCTAssertEqual(StageRegistry.names, ["fetch", "clean", "split", "normalize", "extract", "dedupe"])
    }
}
