import Stages
import XCTest

/// Quantities, through the stage: the noun after a number, duals, and what is skipped.
final class QuantityExtractorTests: XCTestCase {
    private func quantities(
        _ text: String, extra: [Annotation] = [], options: ExtractStage.Options = .init()
    ) throws -> [String] {
        let facts = try extractFacts(text, annotations: ExtractInput.digitNumbers(in: text) + extra, options: options)
        return facts.quantities.map { "\(Int($0.value)) \($0.noun ?? "-") [\($0.span.text)]" }
    }

    func testFunctionWordsAreNotCountedNouns() throws {
        XCTAssertEqual(
            try quantities("ارتفعت الأسعار 12 في المئة، وقُتل 7 من الجنود و5 أطفال."),
            ["12 - [12]", "7 - [7]", "5 أطفال [5 أطفال]"])
        XCTAssertEqual(try quantities("3 of them left, 4 cars stayed"), ["3 - [3]", "4 cars [4 cars]"])
    }

    func testNounMustFollowOnTheSameLineAfterSpaces() throws {
        XCTAssertEqual(try quantities("العدد 40\nقتيلاً"), ["40 - [40]"])
        XCTAssertEqual(try quantities("نحو 12% فقط و 8،"), ["12 - [نحو 12]", "8 - [8]"], "the qualifier is in the span")
    }

    func testDualIsItsOwnNounButTheNumeralTwoIsNot() throws {
        let text = "قتل شخصان وأصيب اثنين آخرين"
        let annotations = [
            ExtractInput.number("شخصان", value: 2, in: text), ExtractInput.number("اثنين", value: 2, in: text),
        ]
        XCTAssertEqual(try quantities(text, extra: annotations), ["2 شخصان [شخصان]", "2 آخرين [اثنين آخرين]"])
    }

    func testScaleWordAfterTheNumberMultipliesIt() throws {
        XCTAssertEqual(try quantities("نزح 260 ألف شخص"), ["260000 شخص [260 ألف شخص]"])
        XCTAssertEqual(try quantities("some 3 million people"), ["3000000 people [some 3 million people]"])
    }

    func testNumbersInDatesLinksAndHashtagsAreSkipped() throws {
        let text = "في 5 مايو 2023 قُتل 9 مدنيين #غزة2023 https://t.co/a1b2"
        let date = ExtractInput.date("5 مايو 2023", value: "2023-05-05", grain: .day, in: text)
        XCTAssertEqual(try quantities(text, extra: [date]), ["9 مدنيين [9 مدنيين]"])
    }

    func testExtraStopWordsOption() throws {
        var options = ExtractStage.Options()
        options.extraStopWords = ["ضحايا"]
        XCTAssertEqual(try quantities("سقط 15 ضحايا", options: options), ["15 - [15]"])
        XCTAssertEqual(try quantities("سقط 15 ضحايا"), ["15 ضحايا [15 ضحايا]"])
    }

    func testDiacritizedStopWordsStillStop() throws {
        XCTAssertEqual(try quantities("وصل 20 إِلى المدينة"), ["20 - [20]"])
    }

    func testTextValuedNumberAnnotationIsIgnored() throws {
        let odd = Annotation(kind: .number, start: 0, end: 2, surface: "12", value: .text("12"))
        let facts = try extractFacts("12 cars", annotations: [odd])
        XCTAssertEqual(facts.quantities, [])
    }
}
