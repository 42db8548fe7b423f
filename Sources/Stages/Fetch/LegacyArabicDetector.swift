/// Recognises Arabic text in the two legacy single-byte charsets, for pages that declare none.
///
/// Arabic words are runs of high bytes: most high bytes are Arabic letters and most letters
/// follow another letter, while Western windows-1252 text has isolated accented letters.
/// The two charsets place the frequent letters هـ و ى ي differently: ISO-8859-6 at 0xE7–0xEA
/// (accented Latin letters in windows-1256), windows-1256 at 0xE5, 0xE6, 0xEC, 0xED.
enum LegacyArabicDetector {
    /// `windows-1256`, `iso-8859-6`, or nil when the bytes do not look like Arabic.
    static func charset(of bytes: [UInt8]) -> String? {
        var high = 0
        var letters = 0
        var runs = 0
        var isoOnly = 0
        var windowsOnly = 0
        var previousWasLetter = false
        for byte in bytes {
            guard byte >= 0x80 else {
                previousWasLetter = false
                continue
            }
            high += 1
            let isLetter = windows1256Letters[Int(byte - 0x80)]
            if isLetter {
                letters += 1
                if previousWasLetter { runs += 1 }
            }
            if (0xE7...0xEA).contains(byte) { isoOnly += 1 }
            if byte == 0xEC || byte == 0xED { windowsOnly += 1 }
            previousWasLetter = isLetter || (0xE7...0xEA).contains(byte)
        }
        let lettersAndIso = letters + isoOnly
        guard lettersAndIso >= 8, lettersAndIso * 10 >= high * 7, runs * 10 >= lettersAndIso * 4 else { return nil }
        return isoOnly > windowsOnly ? "iso-8859-6" : "windows-1256"
    }

    /// Bytes 0x80–0xFF that are Arabic (or Persian/Urdu) letters in windows-1256.
    private static let windows1256Letters: [Bool] = (0x80...0xFF).map { byte in
        switch byte {
        case 0x81, 0x8D, 0x8E, 0x90, 0x98, 0x9F, 0xAA: true
        case 0xC1...0xD6, 0xD8...0xDF, 0xE1, 0xE3...0xE6, 0xEC, 0xED: true
        case 0xF0...0xF3, 0xF5, 0xF6, 0xF8, 0xFA: true
        default: false
        }
    }
}
