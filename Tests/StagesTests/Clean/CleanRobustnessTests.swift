import Foundation
import XCTest

@testable import Stages

final class CleanRobustnessTests: XCTestCase {
    /// Runs `body` on a thread with a 512 KiB stack, like a worker's, and waits for it.
    private func onSmallStack(_ body: @escaping @Sendable () -> Void) {
        let done = expectation(description: "thread finished")
        let thread = Thread {
            body()
            done.fulfill()
        }
        thread.stackSize = 512 * 1024
        thread.start()
        wait(for: [done], timeout: 60)
    }

    func testFiveThousandNestedDivsKeepTheirTextAndWhatFollows() throws {
        let depth = 5000
        let html = CleanTesting.page(
            body: String(repeating: "<div>", count: depth) + "<p>Deep text at the bottom of the nesting.</p>"
                + String(repeating: "</div>", count: depth) + "<p>A paragraph after the nested divs close.</p>")
        let result = LockedBox<[String]>()
        onSmallStack {
            result.value = (try? CleanTesting.outcome(html)).flatMap { outcome in
                if case .emit(let records) = outcome { return records.first?.blocks.map(\.text) }
                return nil
            }
        }
        XCTAssertEqual(
            result.value, ["Deep text at the bottom of the nesting.", "A paragraph after the nested divs close."])
    }

    func testDeepNestingOfBlockElementsAndLinks() throws {
        let depth = 5000
        let html = CleanTesting.page(
            body: String(repeating: "<blockquote><a href='/x'>", count: depth) + "quoted"
                + String(repeating: "</a></blockquote>", count: depth) + CleanTesting.paragraph)
        let record = try CleanTesting.record(html)
        XCTAssertEqual(
            record.blocks.last?.text, "The committee met on Tuesday to discuss the harbour budget for next year.")
    }

    func testEmptyHTMLIsRejectedAsUnparseable() throws {
        guard case .reject(let reason, let detail) = try CleanTesting.outcome("") else {
            return XCTFail("not rejected")
        }
        XCTAssertEqual(reason, .unparseableHTML)
        XCTAssertFalse(detail.isEmpty)
    }

    func testWhitespaceAndCommentOnlyPagesAreRejected() throws {
        for html in ["   \n\t ", "<!-- nothing here -->", "<html><body></body></html>"] {
            guard case .reject(let reason, _) = try CleanTesting.outcome(html) else {
                XCTFail("not rejected: \(html)")
                continue
            }
            XCTAssertTrue([RejectReason.unparseableHTML, .noText].contains(reason), "\(html): \(reason)")
        }
    }

    func testPlainTextWithoutMarkupBecomesText() throws {
        let record = try CleanTesting.record("Just a line of plain text that somebody saved as a page.")
        XCTAssertEqual(record.text, "Just a line of plain text that somebody saved as a page.")
    }

    func testBinaryGarbageNeverCrashes() throws {
        var generator = SeededGenerator(seed: 42)
        for length in [1, 7, 100, 4096, 65_536] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            let html = String(decoding: bytes, as: UTF8.self)
            switch try CleanTesting.outcome(html) {
            case .emit(let records): XCTAssertEqual(records.count, 1)
            case .reject(let reason, _):
                XCTAssertTrue([RejectReason.unparseableHTML, .noText, .notHTML].contains(reason))
                if length >= 100 { XCTAssertEqual(reason, .notHTML, "\(length) random bytes") }
            case .filter(let reason): XCTFail("filtered: \(reason)")
            }
        }
    }

    func testEmptyBodyIsRejectedAsNoText() throws {
        let html = CleanTesting.page(head: "<title>Harbour news</title>", body: "  <div> </div>\n")
        guard case .reject(let reason, let detail) = try CleanTesting.outcome(html) else { return XCTFail("not rejected") }
        XCTAssertEqual(reason, .noText)
        XCTAssertTrue(detail.contains("bytes"))
    }

    func testHundredThousandNestedDivsNeverCrash() throws {
        let depth = 100_000
        let html = CleanTesting.page(
            body: String(repeating: "<div>", count: depth) + CleanTesting.paragraph
                + String(repeating: "</div>", count: depth) + "<p>A paragraph after the nested divs close.</p>")
        let result = LockedBox<[String]>()
        onSmallStack {
            result.value = (try? CleanTesting.outcome(html)).flatMap { outcome in
                if case .emit(let records) = outcome { return records.first?.blocks.map(\.text) }
                return []
            }
        }
        XCTAssertEqual(result.value?.first, "The committee met on Tuesday to discuss the harbour budget for next year.")
    }

    func testFiftyMegabytePageGivesItsText() throws {
        // A page made huge by an inline image, as pages with base64 pictures are.
        let picture = String(repeating: "QUJDRA", count: 50_000_000 / 6)
        let html = CleanTesting.page(
            body: CleanTesting.paragraph + "<img src=\"data:image/png;base64," + picture + "\">"
                + "<p>The harbour budget will rise by four per cent, the committee agreed after a long debate.</p>")
        XCTAssertGreaterThan(html.utf8.count, 50_000_000)
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.blocks.count, 2)
    }

    func testBrokenUTF8BecomesReplacementCharactersAroundIntactText() throws {
        var bytes = Array(CleanTesting.page(body: CleanTesting.paragraph + "<p>Broken bytes here: END</p>").utf8)
        let end = bytes.count - Array("END</p></body></html>".utf8).count
        bytes.insert(contentsOf: [0xC3, 0x28, 0xE2, 0x82, 0xFF, 0xD8], at: end)
        let record = try CleanTesting.record(String(decoding: bytes, as: UTF8.self))
        XCTAssertEqual(record.blocks.first?.text, "The committee met on Tuesday to discuss the harbour budget for next year.")
        XCTAssertTrue(record.text.contains("\u{FFFD}"))
        XCTAssertTrue(record.text.hasSuffix("END"))
    }

    func testJSONServedAsHTMLIsRejectedAsNotHTML() throws {
        let json = #"  {"status": "ok", "articles": [{"title": "Harbour budget approved", "body": "The council met."}]}"#
        guard case .reject(let reason, let detail) = try CleanTesting.outcome(json) else { return XCTFail("not rejected") }
        XCTAssertEqual(reason, .notHTML)
        XCTAssertTrue(detail.contains("JSON"))
    }

    func testPDFServedAsHTMLIsRejectedAsNotHTML() throws {
        let pdf = "%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + "stream\n" + String(decoding: (0..<2000).map { UInt8($0 % 256) }, as: UTF8.self) + "\nendstream\n%%EOF"
        guard case .reject(let reason, let detail) = try CleanTesting.outcome(pdf) else { return XCTFail("not rejected") }
        XCTAssertEqual(reason, .notHTML)
        XCTAssertTrue(detail.contains("PDF"))
    }

    func testHTMLThatMentionsJSONIsStillHTML() throws {
        let html = "<p>The API answers with {\"status\": \"ok\"} when the harbour gate is open today.</p>"
        XCTAssertEqual(try CleanTesting.record(html).blocks.count, 1)
    }

    func testUnclosedAndMisnestedTagsStillGiveText() throws {
        let html = "<html><body><div><p>First paragraph of the story <b>bold<p>Second paragraph starts here</div></i>"
        let record = try CleanTesting.record(html)
        XCTAssertEqual(
            record.blocks.map(\.text), ["First paragraph of the story bold", "Second paragraph starts here"])
    }

    func testLargePageIsLinear() throws {
        // 20,000 paragraphs: a quadratic walk would take minutes, a linear one well under a second.
        let html = CleanTesting.page(
            body: "<div class='story'>" + String(repeating: CleanTesting.paragraph, count: 20_000) + "</div>")
        let start = Date()
        let record = try CleanTesting.record(html)
        XCTAssertEqual(record.blocks.count, 20_000)
        XCTAssertLessThan(Date().timeIntervalSince(start), 20)
    }

    func testOptionsCodeWithSnakeCaseKeys() throws {
        let encoded = try JSONEncoder().encode(CleanStage.Options())
        let keys = try XCTUnwrap(JSONSerialization.jsonObject(with: encoded) as? [String: Any]).keys.sorted()
        XCTAssertEqual(
            keys,
            [
                "embed_iframes", "keep_captions", "keep_lead_headings", "max_link_density", "min_article_share",
                "min_block_chars", "min_body_chars", "min_loose_block_chars", "min_wrapper_share", "trim_after_body",
            ])
        XCTAssertEqual(try JSONDecoder().decode(CleanStage.Options.self, from: encoded), CleanStage.Options())
    }
}

/// A value written on one thread and read on another after a wait.
private final class LockedBox<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value?
    var value: Value? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}

/// A small deterministic generator (SplitMix64), so the garbage is the same on every run.
private struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
