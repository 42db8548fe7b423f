/// Folds text before hashing so that copies differing only in spelling details match:
/// Arabic diacritics and tatweel removed, alef/yeh/teh marbuta/hamza-seat variants unified,
/// Latin lowercased, punctuation and spacing ignored.
enum TextFolder {
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        func flush() {
            if !current.isEmpty { words.append(String(current)) }
            current = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x064B...0x065F, 0x0670, 0x0640:
                continue  // diacritics and tatweel
            case 0x0622, 0x0623, 0x0625, 0x0671:
                current.append("\u{0627}")  // آ أ إ ٱ → ا
            case 0x0649:
                current.append("\u{064A}")  // ى → ي
            case 0x0629:
                current.append("\u{0647}")  // ة → ه
            case 0x0624:
                current.append("\u{0648}")  // ؤ → و
            case 0x0626:
                current.append("\u{064A}")  // ئ → ي
            case 0x0041...0x005A:
                current.append(Unicode.Scalar(v + 0x20)!)
            default:
                if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                    current.append(scalar)
                } else {
                    flush()
                }
            }
        }
        flush()
        return words
    }
}
