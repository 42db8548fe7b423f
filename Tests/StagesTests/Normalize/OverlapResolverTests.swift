import XCTest

@testable import Stages

final class OverlapResolverTests: XCTestCase {
    func testLongestWinsAndResultIsSortedByStart() {
        let date = Mention.relative(.shift(-2, .day), 10, 19)
        let dual = Mention.number(2, 14, 19)
        let number = Mention.number(12, 0, 2)
        XCTAssertEqual(OverlapResolver.resolve([dual, date, number]), [number, date])
    }

    func testAtEqualLengthDateBeatsDurationOrdinalAndNumber() {
        let number = Mention.number(2019, 3, 7)
        let ordinal = Mention.ordinal(1, 3, 7)
        let date = Mention.relative(.period(0, .year), 3, 7)
        XCTAssertEqual(OverlapResolver.resolve([number, ordinal, date]), [date])
        XCTAssertEqual(OverlapResolver.resolve([number, ordinal]), [ordinal])
    }

    func testTouchingSpansDoNotOverlap() {
        let a = Mention.number(1, 0, 3)
        let b = Mention.number(2, 3, 5)
        XCTAssertEqual(OverlapResolver.resolve([b, a]), [a, b])
    }
}
