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
            case .reject(let reason, _): XCTAssertTrue([RejectReason.unparseableHTML, .noText].contains(reason))
            case .filter(let reason): XCTFail("filtered: \(reason)")
            }
        }
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
                "embed_iframes", "max_link_density", "min_article_share", "min_block_chars", "min_loose_block_chars",
                "min_wrapper_share",
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
