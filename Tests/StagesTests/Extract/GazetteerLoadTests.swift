import Foundation
import XCTest

@testable import Stages

/// Loading gazetteers: the bundled file, extra files, and the errors a bad file gives.
final class GazetteerLoadTests: XCTestCase {
    func testBundledGazetteerLoadsWithUniqueAliases() throws {
        let gazetteer = try Gazetteer.load(bundled: true, files: [])
        XCTAssertGreaterThan(gazetteer.entries.count, 300)
        for kind in EntityMention.Kind.allCases {
            XCTAssertTrue(gazetteer.entries.contains { $0.kind == kind }, "no \(kind) in the bundled gazetteer")
        }
    }

    func testExtraFileAddsAndReplacesEntries() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(
            "extra.json",
            """
            [
              {"name": "مخيم الركبان", "type": "place", "aliases": {"ar": ["الركبان"], "en": ["Rukban"]}},
              {"name": "قوات سوريا الديمقراطية", "type": "organisation", "aliases": {"ar": ["قسد"]}, "wikidata": "Q1"}
            ]
            """)
        let gazetteer = try Gazetteer.load(bundled: true, files: [path])
        XCTAssertEqual(gazetteer.entries.filter { $0.name == "قوات سوريا الديمقراطية" }.map(\.wikidata), ["Q1"])
        let facts = try extractFacts(
            "وصل النازحون إلى الركبان، وقالت قسد إن Rukban مغلق.", options: options(gazetteers: [path]))
        XCTAssertEqual(facts.entities.map(\.name), ["مخيم الركبان", "قوات سوريا الديمقراطية", "مخيم الركبان"])
        XCTAssertEqual(facts.entities[1].wikidata, "Q1")
    }

    func testBadEntryNamesTheEntryAndItsLine() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(
            "bad.json",
            """
            [
              {"name": "حي الوعر", "type": "place"},
              {"name": "سجن حلب المركزي",
               "type": "prison", "aliases": {"ar": []}}
            ]
            """)
        XCTAssertThrowsError(try ExtractStage(options: options(gazetteers: [path]))) { error in
            let problem = error as? GazetteerError
            XCTAssertEqual(problem?.key, "gazetteers")
            XCTAssertEqual(problem?.origin, "\(path):3")
            XCTAssertTrue(problem?.message.contains("entry \"سجن حلب المركزي\"") == true, "\(error)")
            XCTAssertTrue(problem?.message.contains("\"type\" must be one of") == true, "\(error)")
        }
    }

    func testEntryErrorsSayWhatIsWrong() throws {
        let cases: [(String, String)] = [
            (#"{"type": "place"}"#, "no \"name\""),
            (#"{"name": "x", "type": "place", "colour": 1}"#, "unknown key \"colour\""),
            (#"{"name": "x", "type": "place", "aliases": {"fr": ["y"]}}"#, "unknown language \"fr\""),
            (#"{"name": "x", "type": "place", "aliases": {"ar": [3]}}"#, "array of strings"),
            (#"{"name": "x", "type": "place", "wikidata": "wd:12"}"#, "\"wikidata\""),
            (#""x""#, "must be an object"),
        ]
        for (entry, expected) in cases {
            let data = Array("[\n\(entry)\n]".utf8)
            XCTAssertThrowsError(try GazetteerFile.entries(in: data, name: "g.json"), entry) { error in
                XCTAssertEqual((error as? GazetteerError)?.origin, "g.json:2", entry)
                XCTAssertTrue("\(error)".contains(expected), "\(error)")
            }
        }
    }

    func testAliasSharedByTwoEntitiesIsAnErrorNamingBoth() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write(
            "shared.json",
            """
            [
              {"name": "حركة الشباب", "type": "organisation", "aliases": {"ar": ["الشباب"]}},
              {"name": "نادي الشباب", "type": "organisation", "aliases": {"ar": ["الشَّباب"]}}
            ]
            """)
        XCTAssertThrowsError(try Gazetteer.load(bundled: false, files: [path])) { error in
            let text = "\(error)"
            XCTAssertTrue(text.contains("\(path):3"), text)
            XCTAssertTrue(text.contains("\"نادي الشباب\"") && text.contains("\"حركة الشباب\""), text)
            XCTAssertTrue(text.contains("\(path):2"), "names where the first owner is: \(text)")
        }
    }

    func testAliasSharedWithTheBundledGazetteerIsAnError() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("clash.json", #"[{"name": "Some Other", "type": "organisation", "aliases": {"en": ["SDF"]}}]"#)
        XCTAssertThrowsError(try Gazetteer.load(bundled: true, files: [path])) { error in
            XCTAssertTrue("\(error)".contains("قوات سوريا الديمقراطية"), "\(error)")
        }
    }

    func testUnreadableAndMalformedFilesAreConfigErrors() throws {
        let dir = try TemporaryDirectory()
        XCTAssertThrowsError(try ExtractStage(options: options(gazetteers: [dir.path("missing.json")]))) { error in
            XCTAssertTrue("\(error)".contains("missing.json: cannot read"), "\(error)")
        }
        let broken = try dir.write("broken.json", "[{\"name\": \"x\",")
        XCTAssertThrowsError(try ExtractStage(options: options(gazetteers: [broken]))) { error in
            XCTAssertTrue("\(error)".contains("not valid JSON"), "\(error)")
        }
        let object = try dir.write("object.json", "{}")
        XCTAssertThrowsError(try ExtractStage(options: options(gazetteers: [object]))) { error in
            XCTAssertTrue("\(error)".contains("expected a JSON array"), "\(error)")
        }
    }

    func testRunnerReportsALoadFailureUnderExtractGazetteers() throws {
        let problem = GazetteerError(origin: "/x/g.json:4", message: "entry \"a\": bad")
        let error = ConfigError(problem, stage: "extract", file: "pipeline.json")
        XCTAssertEqual(error.problems, [.init(key: "extract.gazetteers", message: "/x/g.json:4: entry \"a\": bad")])
    }

    func testRelativePathsResolveAgainstTheConfigFolder() {
        var options = options(gazetteers: ["gaz/extra.json", "/abs/g.json"])
        options.resolvePaths(against: URL(fileURLWithPath: "/etc/corpus"))
        XCTAssertEqual(options.gazetteers, ["/etc/corpus/gaz/extra.json", "/abs/g.json"])
    }

    func testEditingAGazetteerChangesTheFilesDigest() throws {
        let dir = try TemporaryDirectory()
        let path = try dir.write("g.json", #"[{"name": "حي الوعر", "type": "place"}]"#)
        let before = try ExtractStage(options: options(gazetteers: [path])).filesDigest
        try dir.write("g.json", #"[{"name": "حي الوعر", "type": "place", "aliases": {"ar": ["الوعر"]}}]"#)
        let after = try ExtractStage(options: options(gazetteers: [path])).filesDigest
        XCTAssertNotNil(before)
        XCTAssertNotEqual(before, after)
        XCTAssertNil(try ExtractStage(options: .init()).filesDigest)
    }

    func testBundledGazetteerCanBeLeftOut() throws {
        var options = ExtractStage.Options()
        options.bundledGazetteer = false
        XCTAssertEqual(try extractFacts("قالت قسد إن", options: options).entities, [])
    }

    private func options(gazetteers: [String]) -> ExtractStage.Options {
        var options = ExtractStage.Options()
        options.gazetteers = gazetteers
        return options
    }
}
