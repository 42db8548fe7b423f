/// Spelling folds for the tagger's word features, so that variants share weights: Arabic
/// diacritics and tatweel dropped, أ إ آ ٱ → ا, ى → ي, ة → ه, Latin to lower case, every digit
/// (ASCII, Arabic-Indic, Persian) to 0.
enum TaggerFolding {
    /// The folded scalar value, or nil when the scalar is dropped.
    @inline(__always)
    static func fold(_ v: UInt32) -> UInt32? {
        if v < 0x80 {
            if v >= 0x41 && v <= 0x5A { return v + 0x20 }
            if v >= 0x30 && v <= 0x39 { return 0x30 }
            return v
        }
        switch v {
        case 0x064B...0x065F, 0x0670, 0x0640: return nil
        case 0x0622, 0x0623, 0x0625, 0x0671: return 0x0627
        case 0x0649: return 0x064A
        case 0x0629: return 0x0647
        case 0x0660...0x0669, 0x06F0...0x06F9: return 0x30
        case 0xC0...0xDE where v != 0xD7: return v + 0x20
        default: return v
        }
    }
}
