/// The clitic-free core of a folded word, found by position only (no dictionary): a leading
/// و or ف, then the article ال with its prepositions (بال، كال، لل), each stripped only when at
/// least three letters stay. `bare` also strips a lone ب، ل or ك (بدمشق → دمشق), which cuts
/// some names (بغداد) and so is a feature of its own beside `core`.
struct ArabicStem {
    var core: Range<Int>
    var bare: Range<Int>
    /// Bits: 1 conjunction, 2 preposition, 4 article.
    var clitics: UInt8

    private static let waw: UInt32 = 0x0648, faa: UInt32 = 0x0641, baa: UInt32 = 0x0628
    private static let lam: UInt32 = 0x0644, kaf: UInt32 = 0x0643, alef: UInt32 = 0x0627

    init(_ w: UnsafeBufferPointer<UInt32>, _ range: Range<Int>) {
        var p = range.lowerBound
        let end = range.upperBound
        var clitics: UInt8 = 0
        if end - p > 3, w[p] == Self.waw || w[p] == Self.faa {
            p += 1
            clitics |= 1
        }
        if end - p > 4, w[p] == Self.lam, w[p + 1] == Self.lam {
            p += 2
            clitics |= 6
        } else if end - p > 5, w[p] == Self.baa || w[p] == Self.kaf || w[p] == Self.lam,
                  w[p + 1] == Self.alef, w[p + 2] == Self.lam {
            p += 3
            clitics |= 6
        } else if end - p > 4, w[p] == Self.alef, w[p + 1] == Self.lam {
            p += 2
            clitics |= 4
        }
        core = p..<end
        if clitics & 4 == 0, end - p > 3, w[p] == Self.baa || w[p] == Self.kaf || w[p] == Self.lam {
            bare = (p + 1)..<end
        } else {
            bare = core
        }
        self.clitics = clitics
    }
}
