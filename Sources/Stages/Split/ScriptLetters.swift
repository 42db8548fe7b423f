/// Letters of Persian, Urdu, Kurdish and Pashto that Arabic lacks:
/// پ چ ژ گ ک ی ۀ ے ٹ ڈ ڑ ں ھ ہ ۃ ە ێ ۆ ڵ ڕ ټ ډ ږ ګ ې ۍ and kin.
enum ScriptLetters {
    @inline(__always) static func isNonArabic(_ v: UInt32) -> Bool {
        switch v {
        case 0x067E, 0x0686, 0x0698, 0x06AF, 0x06A9, 0x06CC, 0x06C0, 0x06D2, 0x0679, 0x0688, 0x0691, 0x06BA,
             0x06BE, 0x06D5, 0x06CE, 0x06C6, 0x06B5, 0x0695, 0x06C7, 0x06CB, 0x0685, 0x0681, 0x0693, 0x069A, 0x06BC,
             0x06C1, 0x06C3, 0x067C, 0x0689, 0x0696, 0x06AB, 0x06D0, 0x06CD:
            return true
        default:
            return false
        }
    }

    /// The Arabic letter a Persian or Urdu letter stands nearest to, or the letter itself.
    static func arabicTwin(of v: UInt32) -> UInt32 {
        switch v {
        case 0x06A9, 0x06AF, 0x06AB: return 0x0643  // ک گ ګ → ك
        case 0x06CC, 0x06D2, 0x06CE, 0x06D0, 0x06CD: return 0x064A  // ی ے ێ ې ۍ → ي
        case 0x06C1: return 0x0647  // ہ → ه
        case 0x06C3: return 0x0629  // ۃ → ة
        case 0x067E: return 0x0628  // پ → ب
        case 0x0686: return 0x062C  // چ → ج
        case 0x0698: return 0x0632  // ژ → ز
        case 0x06C0, 0x06D5, 0x06BE: return 0x0647  // ۀ ە ھ → ه
        default: return v
        }
    }
}
