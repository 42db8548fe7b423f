/// Splits a text into words and punctuation marks with Unicode scalar offsets, on UTF-8 bytes.
///
/// A word is a run of letters, digits and combining marks; whitespace and invisible format
/// characters separate words; every other scalar (punctuation, symbols, emoji) is a token of
/// its own. Arabic clitics stay attached: the features look inside the word instead.
enum TaggerTokenizer {
    static func tokenize(_ text: String) -> TaggerTokens {
        var text = text
        return text.withUTF8 { tokenize(utf8: $0) }
    }

    private enum ScalarClass { case word, mark, separator, punctuation }

    static func tokenize(utf8 bytes: UnsafeBufferPointer<UInt8>) -> TaggerTokens {
        var out = TaggerTokens()
        out.tokens.reserveCapacity(bytes.count / 6)
        out.folded.reserveCapacity(bytes.count / 2)
        var scanner = WordCounts()
        var inWord = false
        var offset = 0
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            var v: UInt32
            if b0 < 0x80 {
                v = b0
                i += 1
            } else if b0 < 0xE0, i + 1 < n {
                v = (b0 & 0x1F) << 6 | UInt32(bytes[i + 1] & 0x3F)
                i += 2
            } else if b0 < 0xF0, i + 2 < n {
                v = (b0 & 0x0F) << 12 | UInt32(bytes[i + 1] & 0x3F) << 6 | UInt32(bytes[i + 2] & 0x3F)
                i += 3
            } else if i + 3 < n {
                v = (b0 & 0x07) << 18 | UInt32(bytes[i + 1] & 0x3F) << 12 | UInt32(bytes[i + 2] & 0x3F) << 6
                    | UInt32(bytes[i + 3] & 0x3F)
                i += 4
            } else {
                v = 0xFFFD
                i = n
            }
            let kind = classify(v)
            switch kind {
            case .word, .mark:
                if !inWord {
                    guard kind == .word else { break }  // a mark with no word before it
                    inWord = true
                    scanner = WordCounts()
                    out.tokens.append(TaggerToken(
                        start: offset, end: offset, foldStart: out.folded.count, foldEnd: 0, shape: .mixed))
                }
                scanner.count(v, first: out.folded.count == out.tokens[out.tokens.count - 1].foldStart)
                if let f = TaggerFolding.fold(v) { out.folded.append(f) }
            case .separator, .punctuation:
                if inWord {
                    close(&out, end: offset, counts: scanner, punctuation: false)
                    inWord = false
                }
                if kind == .punctuation {
                    out.tokens.append(TaggerToken(
                        start: offset, end: offset, foldStart: out.folded.count, foldEnd: 0, shape: .punctuation))
                    out.folded.append(TaggerFolding.fold(v) ?? v)
                    close(&out, end: offset + 1, counts: WordCounts(), punctuation: true)
                }
            }
            offset += 1
        }
        if inWord { close(&out, end: offset, counts: scanner, punctuation: false) }
        return out
    }

    private static func close(_ out: inout TaggerTokens, end: Int, counts: WordCounts, punctuation: Bool) {
        let last = out.tokens.count - 1
        out.tokens[last].end = end
        out.tokens[last].foldEnd = out.folded.count
        out.tokens[last].shape = TokenShape.of(
            arabic: counts.arabic, upper: counts.upper, lower: counts.lower, digits: counts.digits,
            other: counts.other, firstUpper: counts.firstUpper, punctuation: punctuation)
    }

    @inline(__always)
    private static func classify(_ v: UInt32) -> ScalarClass {
        if v < 0x80 {
            if (v >= 0x30 && v <= 0x39) || (v | 0x20 >= 0x61 && v | 0x20 <= 0x7A) { return .word }
            if v <= 0x20 || v == 0x7F { return .separator }
            return .punctuation
        }
        switch v {
        case 0x060C, 0x060D, 0x061B, 0x061E, 0x061F, 0x066A...0x066D, 0x06D4, 0x06DD, 0x06DE, 0x06E9:
            return .punctuation
        case 0x0600...0x0605, 0x061C: return .separator
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x06D6...0x06ED: return .mark
        case 0x0600...0x06FF, 0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFD3D, 0xFD50...0xFDFF,
             0xFE70...0xFEFC:
            return .word
        case 0x80...0xA0, 0x1680, 0x180E, 0x2000...0x200F, 0x2028...0x202F, 0x205F...0x206F, 0x3000, 0xFEFF:
            return .separator
        case 0xFE00...0xFE0F, 0x0300...0x036F, 0x1AB0...0x1AFF, 0x20D0...0x20FF, 0xE0100...0xE01EF:
            return .mark
        default:
            guard let scalar = Unicode.Scalar(v) else { return .punctuation }
            let p = scalar.properties
            if p.isAlphabetic || p.numericType != nil { return .word }
            switch p.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: return .mark
            case .spaceSeparator, .lineSeparator, .paragraphSeparator, .format, .control: return .separator
            default: return .punctuation
            }
        }
    }
}

/// What a word's scalars are made of, counted while it is scanned.
private struct WordCounts {
    var arabic = 0, upper = 0, lower = 0, digits = 0, other = 0
    var firstUpper = false

    @inline(__always)
    mutating func count(_ v: UInt32, first: Bool) {
        if v < 0x80 {
            if v >= 0x30 && v <= 0x39 { digits += 1 }
            else if v >= 0x41 && v <= 0x5A { upper += 1; if first { firstUpper = true } }
            else { lower += 1 }
        } else if (0x0660...0x0669).contains(v) || (0x06F0...0x06F9).contains(v) {
            digits += 1
        } else if (0x0600...0x06FF).contains(v) || (0x0750...0x08FF).contains(v) || (0xFB50...0xFEFC).contains(v) {
            arabic += 1
        } else if (0xC0...0x24F).contains(v) {
            if (0xC0...0xDE).contains(v) { upper += 1; if first { firstUpper = true } } else { lower += 1 }
        } else {
            other += 1
        }
    }
}
