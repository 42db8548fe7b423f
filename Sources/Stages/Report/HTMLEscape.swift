/// Text made safe for HTML and inline SVG, and fragment ids made from free text.
enum HTMLEscape {
    /// Escapes `& < > " '` so a value can stand in text or in a quoted attribute; drops NUL and
    /// other C0 controls that XML forbids (tab and newline stay).
    static func text(_ value: String) -> String {
        var out = String.UnicodeScalarView()
        out.reserveCapacity(value.unicodeScalars.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out.append(contentsOf: "&amp;".unicodeScalars)
            case "<": out.append(contentsOf: "&lt;".unicodeScalars)
            case ">": out.append(contentsOf: "&gt;".unicodeScalars)
            case "\"": out.append(contentsOf: "&quot;".unicodeScalars)
            case "'": out.append(contentsOf: "&#39;".unicodeScalars)
            case "\t", "\n": out.append(scalar)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// A fragment id: ASCII letters, digits, `-` and `_`, other characters as `-`.
    static func anchor(_ parts: String...) -> String {
        let joined = parts.joined(separator: "-")
        return String(
            String.UnicodeScalarView(
                joined.unicodeScalars.map { scalar in
                    scalar.isASCII
                        && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_"
                            || scalar == "-")
                        ? Unicode.Scalar(UInt8(scalar.value)).lowercasedASCII : "-"
                }))
    }
}

extension Unicode.Scalar {
    fileprivate var lowercasedASCII: Unicode.Scalar {
        ("A"..."Z").contains(self) ? Unicode.Scalar(value + 32)! : self
    }
}

/// Whether text is written in Arabic script, so that a chart label can be set right to left.
enum ArabicScript {
    static func contains(_ text: String) -> Bool {
        text.unicodeScalars.contains { isArabic($0) }
    }

    /// The Arabic blocks: Arabic, Supplement, Extended-A/B, and the presentation forms.
    static func isArabic(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0600...0x06FF, 0x0750...0x077F, 0x0870...0x08FF, 0xFB50...0xFDFF, 0xFE70...0xFEFF: true
        default: false
        }
    }
}
