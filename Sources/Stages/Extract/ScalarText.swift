/// A record's text as an array of Unicode scalars, so that fact offsets are plain indices.
struct ScalarText {
    let scalars: [Unicode.Scalar]

    init(_ text: String) {
        // A plain loop over a reserved array: Array(text.unicodeScalars) counts the text first.
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { scalars.append(s) }
        self.scalars = scalars
    }

    var count: Int { scalars.count }

    subscript(_ index: Int) -> Unicode.Scalar { scalars[index] }

    /// The scalar at `index`, or nil outside the text: lets scanners look around a position freely.
    func at(_ index: Int) -> Unicode.Scalar? {
        index >= 0 && index < scalars.count ? scalars[index] : nil
    }

    func string(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        s.append(contentsOf: scalars[range])
        return String(s)
    }

    func span(_ range: Range<Int>) -> Span {
        Span(text: string(range), start: range.lowerBound, end: range.upperBound)
    }

    /// Whether the scalars from `index` on spell `word` exactly (ASCII case folded).
    func hasPrefix(_ word: String, at index: Int) -> Bool {
        var i = index
        for w in word.unicodeScalars {
            guard let s = at(i), s.asciiLowercased == w else { return false }
            i += 1
        }
        return true
    }
}

extension Unicode.Scalar {
    var isASCIILetter: Bool { (0x41...0x5A).contains(value) || (0x61...0x7A).contains(value) }
    var isASCIIDigit: Bool { (0x30...0x39).contains(value) }
    var asciiLowercased: Unicode.Scalar {
        (0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : self
    }

    /// Arabic harakat, tanween, shadda, sukun, superscript alef and tatweel: parts of a word
    /// that matching ignores.
    var isArabicMark: Bool {
        (0x064B...0x065F).contains(value) || value == 0x0670 || value == 0x0640
    }

    /// A letter of any script, or a combining mark (so that vowelled Arabic stays one word).
    /// ASCII and the Arabic block are decided by ranges: Unicode property lookups are slow.
    var isWordLetter: Bool {
        if value < 0x80 { return isASCIILetter }
        if value >= 0x0600 && value <= 0x06FF {
            // The block's letters and marks (categories L and M), as ranges.
            return (0x0610...0x061A).contains(value) || (0x0620...0x065F).contains(value)
                || (0x066E...0x06D3).contains(value) || (0x06D5...0x06DC).contains(value)
                || (0x06DF...0x06E8).contains(value) || (0x06EA...0x06EF).contains(value)
                || (0x06FA...0x06FC).contains(value) || value == 0x06FF
        }
        if value <= 0x024F { return value >= 0xC0 && value != 0xD7 && value != 0xF7 }  // Latin-1 and Latin Extended
        if value >= 0x2000 && value <= 0x206F { return false }  // General Punctuation: quotes, dashes, spaces
        switch properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
            .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// A letter, a mark or a decimal digit of any script.
    var isWordCharacter: Bool {
        if value < 0x80 { return isASCIILetter || isASCIIDigit }
        if (0x0660...0x0669).contains(value) || (0x06F0...0x06F9).contains(value) { return true }
        return isWordLetter || (value > 0x06FF && properties.generalCategory == .decimalNumber)
    }

    /// Whitespace within a line (a newline ends sentences, sources and quantities).
    var isInlineSpace: Bool {
        value == 0x20 || value == 0x09 || value == 0xA0 || value == 0x200F || value == 0x200E
            || (value >= 0x2000 && value <= 0x200B) || value == 0x202F || value == 0x3000
    }

    var isLineBreak: Bool { value == 0x0A || value == 0x0D || value == 0x2028 || value == 0x2029 }

    var isSpace: Bool { isInlineSpace || isLineBreak }

    /// Quotation marks that open a quote: “ « „ " ' ‘ (straight quotes open and close).
    var isOpeningQuote: Bool {
        value == 0x201C || value == 0x00AB || value == 0x201E || value == 0x22 || value == 0x27 || value == 0x2018
    }

    /// Quotation marks that close a quote: ” » " ' ’.
    var isClosingQuote: Bool {
        value == 0x201D || value == 0x00BB || value == 0x22 || value == 0x27 || value == 0x2019
    }
}
