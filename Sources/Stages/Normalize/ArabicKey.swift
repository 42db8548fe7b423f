/// The lookup form of Arabic words: diacritics and tatweel removed, hamza-carrying alefs
/// and alef wasla read as bare alef, alef maqsura and Persian yeh as yeh, Persian kaf as kaf,
/// taa marbuta as haa (الجمعه is a common spelling of الجمعة).
///
/// Only word tables and tokens are keyed this way; the text itself is never folded.
enum ArabicKey {
    /// The key scalar for one scalar, or nil for a scalar that keys drop.
    static func fold(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200C, 0x200D: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return "\u{0627}"
        case 0x0649, 0x06CC: return "\u{064A}"
        case 0x06A9: return "\u{0643}"
        case 0x0629: return "\u{0647}"
        default: return scalar
        }
    }

    /// The key of a word as written in a table.
    static func key(_ word: String) -> ArabicWordKey {
        guard let key = ArabicWordKey(word.unicodeScalars.compactMap(fold)) else {
            preconditionFailure("not a short Arabic word: \(word)")
        }
        return key
    }

    /// A table whose keys are the keys of the given words.
    static func table<Value: Sendable>(_ entries: [(String, Value)]) -> ArabicWordTable<Value> {
        ArabicWordTable(entries.map { (key($0.0), $0.1) })
    }

    /// A set of word keys.
    static func set(_ words: [String]) -> ArabicWordSet {
        ArabicWordSet(words.map(key))
    }
}

/// An Arabic word key packed into an integer, so that table lookups hash 8 bytes instead of
/// a normalized String: up to 10 letters of U+0621–U+065F at 6 bits each.
///
/// Longer words and words with other letters (Persian پ) have no key: no table holds them.
struct ArabicWordKey: Hashable, Sendable {
    static let maxLength = 10
    let bits: UInt64

    init?<C: Collection>(_ scalars: C) where C.Element == Unicode.Scalar {
        guard !scalars.isEmpty, scalars.count <= Self.maxLength else { return nil }
        var bits: UInt64 = 0
        for s in scalars {
            let code = s.value &- 0x0620
            guard code >= 1, code <= 0x3F else { return nil }
            bits = bits << 6 | UInt64(code)
        }
        self.bits = bits
    }
}
