import XCTest

@testable import Stages

/// Bases, qualifiers and ranges of quantities.
final class QuantityDetailTests: XCTestCase {
    private func quantities(_ text: String, extra: [Annotation] = []) throws -> [Quantity] {
        try extractFacts(text, annotations: ExtractInput.digitNumbers(in: text) + extra).quantities
    }

    func testNounBases() {
        let cases = [
            "مقاتلاً": "مقاتل", "مقاتلا": "مقاتل", "عنصراً": "عنصر", "سجيناً": "سجين", "مقاتلين": "مقاتل",
            "والمقاتلين": "مقاتل", "شاحنتين": "شاحنة", "شخصان": "شخص", "مجموعات": "مجموعة", "آلية": "آلية",
            "ضحايا": "ضحايا", "سجين": "سجين", "fighters": "fighter", "People": "person", "casualties": "casualty",
            "boxes": "box", "trucks": "truck", "press": "press",
        ]
        for (noun, base) in cases { XCTAssertEqual(NounBase.base(of: noun), base, noun) }
    }

    func testQuantityCarriesItsBase() throws {
        let q = try quantities("قتل 260 مقاتلاً و12 people")
        XCTAssertEqual(q.map(\.base), ["مقاتل", "person"])
    }

    func testQualifiers() throws {
        let q = try quantities("قتل نحو 20 مدنياً وأكثر من 30 جندياً وما لا يقل عن 5 أطفال، بحوالي 7 قذائف")
        XCTAssertEqual(q.map(\.qualifier), [.about, .moreThan, .atLeast, .about])
        XCTAssertEqual(q.map(\.span.text), ["نحو 20 مدنياً", "أكثر من 30 جندياً", "ما لا يقل عن 5 أطفال", "بحوالي 7 قذائف"])
        let en = try quantities("about 12 people, more than 30 troops, at least 4 children, up to 9 trucks and 7 cars", extra: [])
        XCTAssertEqual(en.map(\.qualifier), [.about, .moreThan, .atLeast, .upTo, nil])
    }

    func testRanges() throws {
        let q = try quantities("قتل بين 10 و15 شخصاً، وجرح من 20 إلى 25 مدنياً، و30-40 عنصراً, and 5 to 8 people, between 2 and 3 cars")
        XCTAssertEqual(q.map(\.value), [10, 20, 30, 5, 2])
        XCTAssertEqual(q.map(\.upper), [15, 25, 40, 8, 3])
        XCTAssertEqual(q.map(\.noun), ["شخصاً", "مدنياً", "عنصراً", "people", "cars"])
        XCTAssertEqual(q.map(\.span.text), ["بين 10 و15 شخصاً", "من 20 إلى 25 مدنياً", "30-40 عنصراً", "5 to 8 people", "between 2 and 3 cars"])
    }

    func testTwoNumbersJoinedByAndWithoutBetweenStayApart() throws {
        let q = try quantities("قتل 3 جنود و4 مدنيين")
        XCTAssertEqual(q.map(\.value), [3, 4])
        XCTAssertEqual(q.map(\.upper), [nil, nil])
    }
}
