import Foundation

/// Optional spelling normalisation of Arabic text, applied before digits are folded and
/// annotations are found, so annotation offsets count scalars of the folded text.
///
/// Each step is a stage option, off by default: tatweel removal (جـــيش → جيش), diacritics
/// removal (harakat, tanween, shadda, sukun, dagger alef), letter folding (أ إ آ ٱ → ا,
/// ى → ي, ة → ه) and NFKC for presentation forms (ﻻ → لا).
struct OrthographyFolder: Sendable {
    var removeTatweel = false
    var removeDiacritics = false
    var foldLetters = false
    var presentationForms = false

    var isIdentity: Bool { !removeTatweel && !removeDiacritics && !foldLetters && !presentationForms }

    func fold(_ text: String) -> String {
        guard !isIdentity else { return text }
        var text = text
        if presentationForms, text.unicodeScalars.contains(where: { (0xFB50...0xFDFF).contains($0.value) || (0xFE70...0xFEFF).contains($0.value) }) {
            text = text.precomposedStringWithCompatibilityMapping
        }
        guard removeTatweel || removeDiacritics || foldLetters else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            let v = s.value
            if removeTatweel, v == 0x0640 { continue }
            if removeDiacritics, (0x064B...0x065F).contains(v) || v == 0x0670 { continue }
            if foldLetters {
                switch v {
                case 0x0622, 0x0623, 0x0625, 0x0671: out.append("\u{0627}")
                case 0x0649: out.append("\u{064A}")
                case 0x0629: out.append("\u{0647}")
                default: out.append(s)
                }
            } else {
                out.append(s)
            }
        }
        return String(out)
    }
}
