/// Splits normalized text into words, digit runs and symbols, keeping scalar offsets.
///
/// Whitespace separates tokens and is dropped; two tokens with no gap are adjacent
/// ("28/01/2022", "twenty-one", "1st"). A whitespace-delimited chunk that looks like a URL,
/// an @handle or a #hashtag becomes one opaque token, so that "tgH9xl3" yields no number.
enum Tokenizer {
    static func tokenize(_ scalars: [Unicode.Scalar]) -> [TextToken] {
        var tokens: [TextToken] = []
        var chunk = Chunk(start: 0, firstToken: 0)
        var i = 0
        while i < scalars.count {
            let cls = ScalarClass(scalars[i])
            if cls == .space {
                chunk.close(at: i, scalars: scalars, tokens: &tokens)
                i += 1
                chunk = Chunk(start: i, firstToken: tokens.count)
                continue
            }
            chunk.see(
                scalars[i], cls, previous: i > chunk.start ? scalars[i - 1] : " ",
                beforePrevious: i > chunk.start + 1 ? scalars[i - 2] : " ")
            var j = i + 1
            switch cls {
            case .digit:
                while j < scalars.count, ScalarClass(scalars[j]) == .digit { j += 1 }
                tokens.append(TextToken(kind: .digits, start: i, end: j, key: string(scalars[i..<j])))
            case .arabicLetter, .arabicMark:
                while j < scalars.count, ScalarClass(scalars[j]).isArabic { j += 1 }
                tokens.append(arabicToken(scalars[i..<j], start: i))
            case .latinLetter:
                while j < scalars.count, ScalarClass(scalars[j]) == .latinLetter { j += 1 }
                tokens.append(TextToken(kind: .latin, start: i, end: j, key: lowercased(scalars[i..<j])))
            case .other, .space:
                tokens.append(TextToken(kind: .symbol, start: i, end: j, key: string(scalars[i..<j])))
            }
            // The chunk's flags need every scalar of the run.
            for k in (i + 1)..<j {
                chunk.see(
                    scalars[k], ScalarClass(scalars[k]), previous: scalars[k - 1],
                    beforePrevious: k >= 2 ? scalars[k - 2] : " ")
            }
            i = j
        }
        chunk.close(at: scalars.count, scalars: scalars, tokens: &tokens)
        return tokens
    }

    private static func arabicToken(_ slice: ArraySlice<Unicode.Scalar>, start: Int) -> TextToken {
        var keyScalars: [Unicode.Scalar] = []
        keyScalars.reserveCapacity(slice.count)
        for s in slice {
            if let f = ArabicKey.fold(s) { keyScalars.append(f) }
        }
        // The text offset of the n-th key scalar (readings need the first few).
        let offset = { (n: Int) -> Int in
            var seen = 0
            for (k, s) in zip(slice.indices, slice) where ArabicKey.fold(s) != nil {
                if seen == n { return k }
                seen += 1
            }
            return slice.endIndex
        }
        return TextToken(
            kind: .arabic, start: start, end: start + slice.count, key: "", keyScalars: keyScalars,
            readings: ArabicClitics.readings(keyScalars, offset: offset))
    }

    private static func string(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        String(String.UnicodeScalarView(slice))
    }

    private static func lowercased(_ slice: ArraySlice<Unicode.Scalar>) -> String {
        guard slice.allSatisfy(\.isASCII) else { return string(slice).lowercased() }
        var view = String.UnicodeScalarView()
        for s in slice {
            view.append(s.value >= 0x41 && s.value <= 0x5A ? Unicode.Scalar(UInt8(s.value + 0x20)) : s)
        }
        return String(view)
    }
}

/// A whitespace-delimited stretch of text, watched for the marks of a URL, handle or hashtag.
private struct Chunk {
    let start: Int
    let firstToken: Int
    private var opaque = false
    private var slash = false, dot = false, latin = false, arabic = false
    /// The first four scalars, ASCII lowercased (0 for any other), packed one byte each:
    /// no array per chunk, as chunks are words.
    private var head: UInt32 = 0
    private var headCount = 0

    init(start: Int, firstToken: Int) {
        self.start = start
        self.firstToken = firstToken
    }

    mutating func see(_ s: Unicode.Scalar, _ cls: ScalarClass, previous: Unicode.Scalar, beforePrevious: Unicode.Scalar)
    {
        if headCount < 4 {
            head = head << 8 | (s.isASCII ? (s.value | 0x20) : 0)
            headCount += 1
        }
        switch s {
        case "@", "#": opaque = true
        case "/":
            if previous == "/" && beforePrevious == ":" { opaque = true }
            slash = true
        case ".": dot = true
        default:
            if cls == .latinLetter { latin = true } else if cls.isArabic { arabic = true }
        }
    }

    private static let www = packed("www.")
    private static let http = packed("http")

    private static func packed(_ s: String) -> UInt32 {
        s.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    /// Replaces the chunk's tokens with one opaque token when it is a URL, handle or hashtag.
    func close(at end: Int, scalars: [Unicode.Scalar], tokens: inout [TextToken]) {
        guard end > start, firstToken < tokens.count else { return }
        let www = headCount == 4 && head == Self.www
        let http = headCount == 4 && head == Self.http
        // host/path: "pic.twitter.com/abc"
        guard opaque || www || http || (slash && dot && latin && !arabic) else { return }
        tokens.removeSubrange(firstToken...)
        tokens.append(TextToken(kind: .opaque, start: start, end: end, key: ""))
    }
}

/// What the tokenizer needs to know about one scalar.
enum ScalarClass: Equatable {
    case digit, arabicLetter, arabicMark, latinLetter, space, other

    init(_ scalar: Unicode.Scalar) {
        switch scalar.value {
        // Spaces and line breaks first: a third of news text, and no property lookup.
        case 0x20, 0x09...0x0D: self = .space
        case 0x30...0x39: self = .digit
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: self = .latinLetter
        case 0x21...0x7E: self = .other
        case 0x0610...0x061A, 0x064B...0x065F, 0x0670, 0x0640, 0x06D6...0x06ED, 0x200C, 0x200D: self = .arabicMark
        case 0x0620...0x063F, 0x0641...0x064A, 0x0671...0x06D3, 0x06D5, 0x06EE, 0x06EF, 0x06FA...0x06FF,
            0x0750...0x077F, 0x08A0...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFE:
            self = .arabicLetter
        // Bidi controls and the BOM carry no text: treat them as spaces.
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF: self = .space
        case 0x00A0, 0x2000...0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: self = .space
        // Common punctuation, answered without a property lookup: Arabic comma and question
        // mark, dashes, quotes, ellipsis.
        case 0x0600...0x060F, 0x061B, 0x061D...0x061F, 0x066A...0x066D, 0x2010...0x2027, 0x00A1...0x00BF: self = .other
        default: self = scalar.properties.isWhitespace ? .space : .other
        }
    }

    var isArabic: Bool { self == .arabicLetter || self == .arabicMark }
}
