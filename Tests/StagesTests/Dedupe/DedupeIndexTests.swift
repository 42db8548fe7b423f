import Foundation
import XCTest

@testable import Stages

/// Dedupe across nights: the index of kept documents in state/, its checks, and its rebuild.
final class DedupeIndexTests: XCTestCase {
    private typealias Nights = DedupeNights

    /// Last night's flood story as another site ran it today: a tag in front, three figures
    /// updated, a footer line.
    private let editedFlood = "عاجل | " + NewsTexts.floodArabic
        .replacingOccurrences(of: "سبعة عشر شخصاً", with: "ثمانية عشر شخصاً")
        .replacingOccurrences(of: "ستين مصاباً", with: "سبعين مصاباً")
        .replacingOccurrences(of: "خمسين مليون", with: "ستين مليون") + "\nتابعونا على مواقع التواصل الاجتماعي."

    private func nightOne(_ nights: Nights) throws {
        try nights.run("2026-11-22", [
            Nights.record("flood#ar", NewsTexts.floodArabic, published: "2026-11-22T08:00:00+03:00"),
            Nights.record("budget#en", NewsTexts.budgetEnglish, published: "2026-11-22T10:00:00Z"),
        ])
    }

    private func nightTwo(_ nights: Nights, options: DedupeStage.Options = .init()) throws -> [DedupedRecord] {
        // The copy claims an earlier date: it still loses to the document kept last night.
        try nights.run("2026-11-23", [
            Nights.record("flood-copy#ar", editedFlood, published: "2026-11-21T23:00:00+03:00"),
            Nights.record("harbour#en", NewsTexts.harbourEnglish, published: "2026-11-23T07:30:00Z"),
        ], options: options)
    }

    func testAnEditedCopyOfAnEarlierNightsArticleIsItsDuplicate() throws {
        let nights = try Nights()
        try nightOne(nights)
        let night2 = try nightTwo(nights)
        let copy = try XCTUnwrap(night2.verdict("flood-copy#ar"))
        XCTAssertFalse(copy.kept)
        XCTAssertEqual(copy.duplicateOf, "flood#ar")
        XCTAssertEqual(copy.cluster, "flood#ar")
        XCTAssertEqual(copy.method, .near)
        XCTAssertGreaterThanOrEqual(copy.similarity, 0.8)
        XCTAssertLessThan(copy.similarity, 1)
        XCTAssertEqual(night2.verdict("harbour#en"), DedupeVerdict(cluster: "harbour#en", kept: true, duplicateOf: nil, similarity: 1, method: .unique))
        let published = try String(contentsOfFile: nights.corpusPath("2026-11-23"), encoding: .utf8)
        XCTAssertTrue(published.contains("\"id\":\"harbour#en\""))
        XCTAssertFalse(published.contains("flood-copy"))
        let index = try nights.index()
        XCTAssertEqual(index.runs.map(\.id), ["2026-11-22", "2026-11-23"])
        XCTAssertEqual(index.runs.map(\.documentIDs), [["flood#ar", "budget#en"], ["harbour#en"]])
        XCTAssertEqual(nights.log.warnings, [], "the first nights have nothing to warn about")
    }

    func testASpellingVariantOfAnIndexedDocumentIsAnExactCopy() throws {
        let nights = try Nights()
        try nightOne(nights)
        let variant = NewsTexts.floodArabic.replacingOccurrences(of: "إن", with: "ان").replacingOccurrences(of: "ة ", with: "ه ")
        let night2 = try nights.run("2026-11-23", [Nights.record("flood-variant#ar", variant)])
        XCTAssertEqual(night2.verdict("flood-variant#ar"),
                       DedupeVerdict(cluster: "flood#ar", kept: false, duplicateOf: "flood#ar", similarity: 1, method: .exact))
    }

    func testCopiesWithinTheNightFollowTheirClusterToTheIndexedDocument() throws {
        let nights = try Nights()
        try nightOne(nights)
        let night2 = try nights.run("2026-11-23", [
            Nights.record("flood-copy#ar", editedFlood),
            Nights.record("flood-copy-2#ar", editedFlood + " وكان الأهالي قد ناشدوا السلطات التدخل."),
            Nights.record("harbour#en", NewsTexts.harbourEnglish),
            Nights.record("harbour-copy#en", "Updated: " + NewsTexts.harbourEnglish),
        ])
        XCTAssertEqual(night2.verdict("flood-copy#ar")?.duplicateOf, "flood#ar")
        XCTAssertEqual(night2.verdict("flood-copy-2#ar")?.duplicateOf, "flood#ar")
        XCTAssertEqual(night2.verdict("harbour-copy#en")?.kept, true, "the longest copy of a new story is kept")
        XCTAssertEqual(night2.verdict("harbour#en")?.duplicateOf, "harbour-copy#en")
    }

    func testRerunningANightGivesTheSameOutputAndIndex() throws {
        let nights = try Nights()
        try nightOne(nights)
        let first = try nightTwo(nights)
        let firstIndex = try Data(contentsOf: URL(fileURLWithPath: nights.indexPath))
        let again = try nightTwo(nights)
        XCTAssertEqual(again, first)
        XCTAssertEqual(try Data(contentsOf: URL(fileURLWithPath: nights.indexPath)), firstIndex)
        XCTAssertEqual(try nights.index().documentCount, 3, "a rerun replaces its own entries")
    }

    func testARerunAfterALaterNightComparesOnlyWithTheNightsBeforeIt() throws {
        let nights = try Nights()
        try nightOne(nights)
        let night2 = try nightTwo(nights)
        let night3 = try nights.run("2026-11-24", [Nights.record("harbour-again#en", "Updated: " + NewsTexts.harbourEnglish)])
        XCTAssertEqual(night3.verdict("harbour-again#en")?.duplicateOf, "harbour#en")
        XCTAssertEqual(try nightTwo(nights), night2)
        XCTAssertEqual(try nights.index().runs.map(\.id), ["2026-11-22", "2026-11-23", "2026-11-24"])
    }

    func testACorruptIndexIsDetectedAndRebuiltFromTheKeptCorpora() throws {
        let reference = try Nights()
        try nightOne(reference)
        let expected = try nightTwo(reference)

        let nights = try Nights()
        try nightOne(nights)
        var bytes = try Data(contentsOf: URL(fileURLWithPath: nights.indexPath))
        bytes[bytes.count / 2] ^= 0x01
        try bytes.write(to: URL(fileURLWithPath: nights.indexPath))
        XCTAssertEqual(try nightTwo(nights), expected)
        let warning = try XCTUnwrap(nights.log.warnings.first)
        XCTAssertTrue(warning.contains(nights.indexPath), warning)
        XCTAssertTrue(warning.contains("checksum"), warning)
        XCTAssertEqual(try nights.index(), try reference.index(), "the rewritten index is whole again")
    }

    func testATruncatedIndexIsDetectedAndRebuilt() throws {
        for keep in [40, 700] {
            let nights = try Nights()
            try nightOne(nights)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: nights.indexPath))
            try bytes.prefix(keep).write(to: URL(fileURLWithPath: nights.indexPath))
            let night2 = try nightTwo(nights)
            XCTAssertEqual(night2.verdict("flood-copy#ar")?.duplicateOf, "flood#ar")
            let warning = try XCTUnwrap(nights.log.warnings.first)
            XCTAssertTrue(warning.contains("truncated"), warning)
            XCTAssertEqual(try nights.index().documentCount, 3)
        }
    }

    func testChangedSignatureOptionsRebuildTheIndex() throws {
        let nights = try Nights()
        try nightOne(nights)
        var options = DedupeStage.Options()
        options.ngram = 4
        let night2 = try nightTwo(nights, options: options)
        XCTAssertEqual(night2.verdict("flood-copy#ar")?.duplicateOf, "flood#ar")
        let warning = try XCTUnwrap(nights.log.warnings.first)
        XCTAssertTrue(warning.contains("ngram 3") && warning.contains("ngram 4"), warning)
        XCTAssertEqual(try nights.index(options: options).documentCount, 3)
        XCTAssertThrowsError(try nights.index(), "the index now holds 4-gram signatures")
    }

    func testAMissingIndexIsRebuiltWhenEarlierNightsPublished() throws {
        let nights = try Nights()
        try nightOne(nights)
        try FileManager.default.removeItem(atPath: nights.indexPath)
        let night2 = try nightTwo(nights)
        XCTAssertEqual(night2.verdict("flood-copy#ar")?.duplicateOf, "flood#ar")
        XCTAssertTrue(nights.log.warnings.first?.contains("missing") ?? false)
    }

    func testFilterModeKeepsNoState() throws {
        let nights = try Nights()
        let stage = try DedupeStage(options: .init())
        let record = Nights.record("flood#ar", NewsTexts.floodArabic)
        guard case .emit(let surveys) = try stage.survey(record, context: .testing()) else { throw TestFailure() }
        XCTAssertEqual(stage.decide(surveys, context: .testing()).map(\.kept), [true])
        var context = StageContext.testing()
        context.state = StateLocation(directory: nights.stateDirectory, runID: "x")
        try stage.commitState(context: context)
        XCTAssertFalse(FileManager.default.fileExists(atPath: nights.indexPath))
    }

    func testAnIndexedDocumentTakesUnderOneKilobyte() throws {
        let stage = try DedupeStage(options: .init())
        var run = DedupeIndex.Run(id: "2026-11-22")
        let texts = [NewsTexts.floodArabic, NewsTexts.harbourEnglish, NewsTexts.budgetEnglish]
        for n in 0..<300 {
            // Ids as the pipeline makes them: 16 hex digits of the article, then the language.
            let id = Digest.shortID("https://news.example/\(n)") + (n % 3 == 0 ? "#ar" : "#en")
            run.append(stage.survey(id: id, text: texts[n % 3] + " \(n)", published: nil))
        }
        var index = DedupeIndex(settings: .init(DedupeStage.Options()))
        index.runs = [run]
        let onDisk = Double(DedupeIndexFile.encode(index).count) / 300
        let inMemory = Double(run.signatures.count * 4 + run.exactHashes.count * 8
            + run.documentIDs.reduce(0) { $0 + MemoryLayout<String>.stride + ($1.utf8.count > 15 ? 32 + $1.utf8.count : 0) }) / 300
        print("dedupe index: \(onDisk) bytes per document on disk, about \(inMemory) in memory")
        XCTAssertLessThan(onDisk, 1024)
        XCTAssertLessThan(inMemory, 1024)
        XCTAssertEqual(try DedupeIndexFile.decode(DedupeIndexFile.encode(index), expected: index.settings), index)
    }

    func testAFileOfAnotherKindIsRefused() {
        let settings = DedupeIndex.Settings(DedupeStage.Options())
        XCTAssertThrowsError(try DedupeIndexFile.decode(Data(repeating: 0x41, count: 200), expected: settings)) {
            XCTAssertTrue("\($0)".contains("magic"))
        }
        var other = DedupeIndexFile.encode(DedupeIndex(settings: settings))
        other[8] = 9  // format version
        XCTAssertThrowsError(try DedupeIndexFile.decode(other, expected: settings)) {
            XCTAssertTrue("\($0)".contains("format version 9"))
        }
    }
}
