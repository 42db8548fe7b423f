/// Arabic cardinal number words by role, keyed by ArabicKey (so أربعة and اربعة, مئة and
/// مائة with or without marks all match).
enum ArabicNumberWord: Sendable, Equatable {
    /// 0 to 9: standalone, or the units of a compound (واحد وعشرون).
    case unit(Int)
    /// أحد، إحدى (1) and اثنا، اثني، اثنتا، اثنتي (2): only before عشر/عشرة, and أحد/إحدى
    /// also before و + tens (إحدى وعشرون).
    case teenHead(Int)
    /// عشر، عشرة: 10 alone, a teen after a unit (ثلاثة عشر).
    case ten
    /// عشرون … تسعون.
    case tens(Int)
    /// مئة، مائة: 100 alone, a multiplier after 3 … 9 written apart (ثلاث مئة).
    case hundred
    /// مئتان … تسعمائة written as one word.
    case hundreds(Int)
    /// ألف، مليون، مليار: alone 1 × scale, after a count a multiplier.
    case scale(Double)
    /// آلاف، ملايين، مليارات: only after a count (ثلاثة آلاف); alone it means "thousands of".
    case scalePlural(Double)
    /// ألفان، مليونان: 2 × scale.
    case scaleDual(Double)

    static let table: ArabicWordTable<ArabicNumberWord> = {
        var entries: [(String, ArabicNumberWord)] = [
            ("صفر", .unit(0)), ("واحد", .unit(1)), ("واحدة", .unit(1)),
            ("اثنان", .unit(2)), ("اثنين", .unit(2)), ("اثنتان", .unit(2)), ("اثنتين", .unit(2)),
            ("أحد", .teenHead(1)), ("إحدى", .teenHead(1)), ("اثنا", .teenHead(2)), ("اثني", .teenHead(2)),
            ("اثنتا", .teenHead(2)), ("اثنتي", .teenHead(2)),
            ("عشر", .ten), ("عشرة", .ten),
            ("مئة", .hundred), ("مائة", .hundred), ("مئه", .hundred), ("مائه", .hundred),
            ("مئتان", .hundreds(200)), ("مئتين", .hundreds(200)), ("مائتان", .hundreds(200)),
            ("مائتين", .hundreds(200)),
            ("مئتا", .hundreds(200)), ("مئتي", .hundreds(200)), ("مائتا", .hundreds(200)), ("مائتي", .hundreds(200)),
            ("ألف", .scale(1e3)), ("ألفا", .scale(1e3)), ("مليون", .scale(1e6)), ("مليونا", .scale(1e6)),
            ("مليار", .scale(1e9)), ("مليارا", .scale(1e9)), ("بليون", .scale(1e9)),
            ("آلاف", .scalePlural(1e3)), ("ألوف", .scalePlural(1e3)), ("ملايين", .scalePlural(1e6)),
            ("مليارات", .scalePlural(1e9)),
            ("ألفين", .scaleDual(1e3)), ("ألفان", .scaleDual(1e3)), ("مليونين", .scaleDual(1e6)),
            ("مليونان", .scaleDual(1e6)), ("مليارين", .scaleDual(1e9)), ("ملياران", .scaleDual(1e9)),
        ]
        // 3 … 9 have a short form (ثلاث) and a long one (ثلاثة); 8 also ثماني and ثمانية.
        let units: [(String, Int)] = [
            ("ثلاث", 3), ("أربع", 4), ("خمس", 5), ("ست", 6), ("سبع", 7), ("ثمان", 8), ("تسع", 9),
        ]
        for (short, n) in units {
            entries.append((short, .unit(n)))
            entries.append((short + "ة", .unit(n)))
            entries.append((short + "مئة", .hundreds(n * 100)))
            entries.append((short + "مائة", .hundreds(n * 100)))
        }
        // Egyptian and Levantine forms: ت for ث, one-word teens, مية for مئة.
        entries += [
            ("اتنين", .unit(2)), ("إتنين", .unit(2)), ("تلات", .unit(3)), ("تلاتة", .unit(3)), ("تمن", .unit(8)),
            ("تمانية", .unit(8)), ("تماني", .unit(8)),
            ("تلاتين", .tens(30)), ("تلاتون", .tens(30)), ("تمانين", .tens(80)), ("تمانون", .tens(80)),
            ("حداشر", .tens(11)), ("احداشر", .tens(11)), ("اتناشر", .tens(12)), ("إتناشر", .tens(12)),
            ("تلتاشر", .tens(13)), ("اربعتاشر", .tens(14)), ("أربعتاشر", .tens(14)), ("خمستاشر", .tens(15)),
            ("ستاشر", .tens(16)), ("سبعتاشر", .tens(17)), ("تمنتاشر", .tens(18)), ("تسعتاشر", .tens(19)),
            ("مية", .hundred), ("ميه", .hundred), ("متين", .hundreds(200)), ("ميتين", .hundreds(200)),
            ("تلتمية", .hundreds(300)), ("ربعمية", .hundreds(400)), ("خمسمية", .hundreds(500)),
            ("ستمية", .hundreds(600)), ("سبعمية", .hundreds(700)), ("تمنمية", .hundreds(800)),
            ("تسعمية", .hundreds(900)),
        ]
        entries.append(("ثماني", .unit(8)))
        entries.append(("ثمانية", .unit(8)))
        let tens: [(String, Int)] = [
            ("عشر", 20), ("ثلاث", 30), ("أربع", 40), ("خمس", 50), ("ست", 60), ("سبع", 70), ("ثمان", 80), ("تسع", 90),
        ]
        for (root, n) in tens {
            entries.append((root + "ون", .tens(n)))
            entries.append((root + "ين", .tens(n)))
        }
        return ArabicKey.table(entries)
    }()
}
