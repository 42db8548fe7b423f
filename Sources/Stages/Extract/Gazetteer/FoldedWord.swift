/// A word reduced to the letters matching compares, hashed for the alias table.
///
/// Folding follows `WordKey`: Arabic diacritics and tatweel dropped, أ إ آ ٱ to ا, ى to ي,
/// ة to ه, Latin lowercased. The hash is 64-bit FNV-1a over the folded scalars: fixed, so
/// the same word hashes alike in every process.
struct FoldedWord {
    /// Folded letters of the word, reused from word to word.
    private(set) var letters: [UInt32] = []
    /// Whether each letter was an uppercase Latin letter before folding (acronym checks).
    private(set) var upper: [Bool] = []
    /// Text offset of each letter.
    private(set) var offsets: [Int] = []

    init() {
        letters.reserveCapacity(32)
        upper.reserveCapacity(32)
        offsets.reserveCapacity(32)
    }

    /// Loads the word at `range`.
    mutating func load(_ range: Range<Int>, in text: ScalarText) {
        letters.removeAll(keepingCapacity: true)
        upper.removeAll(keepingCapacity: true)
        offsets.removeAll(keepingCapacity: true)
        for i in range {
            let s = text[i]
            if s.isArabicMark { continue }
            letters.append(Self.fold(s))
            upper.append(s.value >= 0x41 && s.value <= 0x5A)
            offsets.append(i)
        }
    }

    var count: Int { letters.count }

    /// Hash of the letters from `start` to `end`, after the `prefix` letters.
    func hash(from start: Int, to end: Int? = nil, prefix: [UInt32] = []) -> UInt64 {
        var h = Self.seed
        for c in prefix { h = Self.mix(h, c) }
        for k in start..<(end ?? letters.count) { h = Self.mix(h, letters[k]) }
        return h
    }

    /// Whether letters `start..<end` spell `word` (folded).
    func spells(_ word: [UInt32], at start: Int) -> Bool {
        guard start + word.count <= letters.count else { return false }
        for k in 0..<word.count where letters[start + k] != word[k] { return false }
        return true
    }

    static let seed: UInt64 = 0xcbf2_9ce4_8422_2325

    @inline(__always)
    static func mix(_ h: UInt64, _ c: UInt32) -> UInt64 {
        var h = h
        h ^= UInt64(c)
        h = h &* 0x0000_0100_0000_01B3
        return h
    }

    /// Hash of a whole word given as a string (alias words at load time).
    static func hash(_ word: String) -> UInt64 {
        word.unicodeScalars.filter { !$0.isArabicMark }.reduce(seed) { mix($0, fold($1)) }
    }

    static func folded(_ word: String) -> [UInt32] {
        word.unicodeScalars.filter { !$0.isArabicMark }.map(fold)
    }

    @inline(__always)
    static func fold(_ s: Unicode.Scalar) -> UInt32 {
        switch s.value {
        case 0x0623, 0x0625, 0x0622, 0x0671: return 0x0627
        case 0x0649: return 0x064A
        case 0x0629: return 0x0647
        case 0x41...0x5A: return s.value + 0x20
        case 0x2019: return 0x27  // ’ as '
        default: return s.value
        }
    }
}
