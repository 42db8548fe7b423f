import Foundation

/// The two hashed-feature logistic models that scripts/build_langid_model.py writes into
/// LanguageModelData.swift: English against other Latin-script languages, and Arabic against
/// Persian, Urdu and Kurdish; then the guess models that name the language of `other` text in
/// each script. Parsed once, when the stage is made, and never changed after.
final class LanguageModel: Sendable {
    /// Int8 weight pairs (English, Arabic), one pair per hash slot.
    let weights: [Int8]
    let bits: Int
    let englishScale: Double
    let englishBias: Double
    let arabicScale: Double
    let arabicBias: Double
    /// Bit set over whole-word hashes of frequent English words.
    let englishVocabulary: [UInt64]
    let vocabularyBits: Int
    /// Per-language scores of Latin-script and Arabic-script text.
    let latinGuess: GuessModel
    let arabicGuess: GuessModel

    init(base64: String) throws {
        guard let data = Data(base64Encoded: base64, options: .ignoreUnknownCharacters), data.count > 21,
              data.prefix(4).elementsEqual("LID3".utf8)
        else { throw LanguageModelError.unreadable }
        let bytes = [UInt8](data)
        func float(at offset: Int) -> Double {
            let bits = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
            return Double(Float(bitPattern: bits))
        }
        bits = Int(bytes[4])
        englishScale = float(at: 5)
        englishBias = float(at: 9)
        arabicScale = float(at: 13)
        arabicBias = float(at: 17)
        let tableEnd = 21 + (2 << min(bits, 24))
        guard (10...24).contains(bits), bytes.count > tableEnd else { throw LanguageModelError.unreadable }
        weights = bytes[21..<tableEnd].map { Int8(bitPattern: $0) }
        vocabularyBits = Int(bytes[tableEnd])
        guard (10...28).contains(vocabularyBits), bytes.count >= tableEnd + 1 + (1 << vocabularyBits) / 8 else {
            throw LanguageModelError.unreadable
        }
        var offset = tableEnd + 1 + (1 << vocabularyBits) / 8
        let vocabulary = bytes[(tableEnd + 1)..<offset]
        var words = [UInt64](repeating: 0, count: vocabulary.count / 8)
        for (i, byte) in vocabulary.enumerated() { words[i / 8] |= UInt64(byte) << (8 * (i % 8)) }
        englishVocabulary = words
        latinGuess = try GuessModel(bytes: bytes, offset: &offset)
        arabicGuess = try GuessModel(bytes: bytes, offset: &offset)
        guard offset == bytes.count else { throw LanguageModelError.unreadable }
    }

    /// Whether a whole-word hash (LanguageFeatures.wordHash) is that of a frequent English word.
    @inline(__always) func isEnglishWord(hash: UInt32) -> Bool {
        let slot = Int((hash &* 0x9E37_79B1) >> UInt32(32 - vocabularyBits))
        return englishVocabulary[slot >> 6] & (1 << UInt64(slot & 63)) != 0
    }

    /// The model compiled into the stage.
    static func bundled() throws -> LanguageModel { try LanguageModel(base64: LanguageModelData.base64) }
}

enum LanguageModelError: Error { case unreadable }
