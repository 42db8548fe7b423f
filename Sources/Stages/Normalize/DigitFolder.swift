/// Folds Arabic-Indic (U+0660–0669) and Persian (U+06F0–06F9) digits to ASCII, and the
/// Arabic decimal separator ٫ to "." and thousands separator ٬ to ",".
///
/// One scalar becomes one scalar, so offsets into the folded text are offsets into the
/// original text too. Nothing else changes: no letter folding.
enum DigitFolder {
    /// The text with its digits and separators folded; the same string when none occur.
    static func fold(_ text: String) -> String {
        // Every scalar folded here is two UTF-8 bytes led by 0xD9 or 0xDB.
        guard text.utf8.contains(where: { $0 == 0xD9 || $0 == 0xDB }) else { return text }
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            let b = bytes[i]
            if b == 0xD9 || b == 0xDB, i + 1 < bytes.count, let ascii = folded(lead: b, trail: bytes[i + 1]) {
                out.append(ascii)
                i += 2
            } else {
                out.append(b)
                i += 1
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Scalar ranges of digit runs that mix digit systems ("١2٣"): a typo or an obfuscation,
    /// whose value nobody can vouch for. Empty for text without Arabic-Indic or Persian digits.
    static func mixedRuns(_ text: String) -> [Range<Int>] {
        guard text.utf8.contains(where: { $0 == 0xD9 || $0 == 0xDB }) else { return [] }
        var out: [Range<Int>] = []
        var start = 0
        var systems: UInt8 = 0
        var offset = 0
        for s in text.unicodeScalars {
            let system: UInt8
            switch s.value {
            case 0x30...0x39: system = 1
            case 0x0660...0x0669: system = 2
            case 0x06F0...0x06F9: system = 4
            default: system = 0
            }
            if system == 0 {
                if systems.nonzeroBitCount > 1 { out.append(start..<offset) }
                systems = 0
            } else {
                if systems == 0 { start = offset }
                systems |= system
            }
            offset += 1
        }
        if systems.nonzeroBitCount > 1 { out.append(start..<offset) }
        return out
    }

    /// The ASCII byte for a two-byte scalar, or nil when it is not folded.
    private static func folded(lead: UInt8, trail: UInt8) -> UInt8? {
        switch (lead, trail) {
        case (0xD9, 0xA0...0xA9): return 0x30 + (trail - 0xA0)  // U+0660–0669
        case (0xD9, 0xAB): return 0x2E  // U+066B ARABIC DECIMAL SEPARATOR
        case (0xD9, 0xAC): return 0x2C  // U+066C ARABIC THOUSANDS SEPARATOR
        case (0xDB, 0xB0...0xB9): return 0x30 + (trail - 0xB0)  // U+06F0–06F9
        default: return nil
        }
    }
}
