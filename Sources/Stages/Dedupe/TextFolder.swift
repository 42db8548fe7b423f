/// Folds text before hashing so that copies differing only in spelling details match:
/// Arabic diacritics and tatweel removed, alef/yeh/teh marbuta/hamza-seat variants unified,
/// Latin lowercased, punctuation and spacing ignored.
///
/// Works on scalars and bytes without making a String per word: the survey pass spends
/// most of its time here. Whether a scalar belongs to a word (alphabetic or numeric) comes
/// from a bit table over the Basic Multilingual Plane, filled once per stage from the
/// Unicode properties, which are slow to query per scalar.
struct TextFolder: Sendable {
    /// The folded words, joined by single spaces (what the exact hash reads), and each
    /// word's FNV-1a hash (what the shingles read).
    struct Folded {
        var bytes: [UInt8] = []
        var wordHashes: [UInt64] = []
        /// Unicode scalars in the text before folding: its length for the keep rule.
        var scalarCount = 0
    }

    private let wordScalars: [UInt64]

    init() {
        var table = [UInt64](repeating: 0, count: 0x10000 / 64)
        for v in 0..<0x10000 {
            guard let scalar = Unicode.Scalar(v), Self.isWordScalar(scalar) else { continue }
            table[v >> 6] |= 1 << UInt64(v & 63)
        }
        wordScalars = table
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    private func isWordScalar(_ v: UInt32) -> Bool {
        if v < 0x10000 { return wordScalars[Int(v >> 6)] & (1 << UInt64(v & 63)) != 0 }
        return Unicode.Scalar(v).map(Self.isWordScalar) ?? false
    }

    func fold(_ text: String) -> Folded {
        var folded = Folded()
        folded.bytes.reserveCapacity(text.utf8.count)
        var inWord = false
        var hash: UInt64 = 0
        func append(_ v: UInt32) {
            if !inWord {
                if !folded.bytes.isEmpty { folded.bytes.append(0x20) }
                inWord = true
                hash = 0xcbf2_9ce4_8422_2325
            }
            func put(_ byte: UInt32) {
                folded.bytes.append(UInt8(truncatingIfNeeded: byte))
                hash ^= UInt64(byte & 0xFF)
                hash &*= 0x0000_0100_0000_01b3
            }
            switch v {
            case ..<0x80: put(v)
            case ..<0x800: put(0xC0 | v >> 6); put(0x80 | v & 0x3F)
            case ..<0x10000: put(0xE0 | v >> 12); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
            default: put(0xF0 | v >> 18); put(0x80 | v >> 12 & 0x3F); put(0x80 | v >> 6 & 0x3F); put(0x80 | v & 0x3F)
            }
        }
        for scalar in text.unicodeScalars {
            folded.scalarCount += 1
            let v = scalar.value
            switch v {
            case 0x0061...0x007A, 0x0030...0x0039: append(v)
            case 0x0041...0x005A: append(v + 0x20)
            case 0x064B...0x065F, 0x0670, 0x0640: continue  // diacritics and tatweel
            case 0x0622, 0x0623, 0x0625, 0x0671: append(0x0627)  // آ أ إ ٱ → ا
            case 0x0649, 0x0626: append(0x064A)  // ى ئ → ي
            case 0x0629: append(0x0647)  // ة → ه
            case 0x0624: append(0x0648)  // ؤ → و
            default:
                if v >= 0x80, isWordScalar(v) {
                    append(v)
                } else if inWord {
                    folded.wordHashes.append(hash)
                    inWord = false
                }
            }
        }
        if inWord { folded.wordHashes.append(hash) }
        return folded
    }
}
