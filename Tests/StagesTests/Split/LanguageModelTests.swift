import XCTest

@testable import Stages

final class LanguageModelTests: XCTestCase {
    func testTheCompiledModelLoads() throws {
        let model = try LanguageModel.bundled()
        XCTAssertEqual(model.weights.count, 2 << model.bits)
        XCTAssertTrue(model.weights.contains { $0 != 0 })
    }

    func testAnUnreadableModelIsAnError() {
        XCTAssertThrowsError(try LanguageModel(base64: "not a model"))
        XCTAssertThrowsError(try LanguageModel(base64: "TElEMQ=="))
    }

    func testGuessesCarryAConfidenceAndTheirLetters() throws {
        let identifier = LanguageIdentifier(model: try LanguageModel.bundled())
        let short = identifier.identify("the report")
        let long = identifier.identify("The report was published on Monday by the ministry, which said that it would act.")
        XCTAssertEqual(short.language, .en)
        XCTAssertEqual(long.language, .en)
        XCTAssertGreaterThanOrEqual(long.confidence, short.confidence)
        XCTAssertTrue((0.5...1).contains(short.confidence))
        XCTAssertEqual(short.letters, 9)
        XCTAssertEqual(identifier.identify("").language, .other)
        XCTAssertEqual(identifier.identify("Это новости из Москвы").language, .other)
    }
}
