import XCTest

@testable import Stages

final class LanguageModelTests: XCTestCase {
    func testTheCompiledModelLoads() throws {
        let model = try LanguageModel.bundled()
        XCTAssertEqual(model.weights.count, 2 << model.bits)
        XCTAssertTrue(model.weights.contains { $0 != 0 })
    }

    func testAnUnreadableModelIsAnError() throws {
        XCTAssertThrowsError(try LanguageModel(base64: "not a model"))
        XCTAssertThrowsError(try LanguageModel(base64: "TElEMQ=="))
        // A model cut short (its guess models missing their last byte) is unreadable too.
        let bytes = try XCTUnwrap(Data(base64Encoded: LanguageModelData.base64, options: .ignoreUnknownCharacters))
        XCTAssertNoThrow(try LanguageModel(base64: bytes.base64EncodedString()))
        XCTAssertThrowsError(try LanguageModel(base64: bytes.dropLast().base64EncodedString()))
    }

    func testTheGuessModelsKnowTheLanguagesOfBothScripts() throws {
        let model = try LanguageModel.bundled()
        for code in ["en", "fr", "tr", "id", "sw", "ku"] { XCTAssertTrue(model.latinGuess.codes.contains(code), code) }
        for code in ["ar", "fa", "ur", "ckb", "ps"] { XCTAssertTrue(model.arabicGuess.codes.contains(code), code) }
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
