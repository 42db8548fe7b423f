import Foundation

/// Charset names as pages declare them, mapped to the names the records keep.
///
/// Follows the WHATWG Encoding Standard where it matters for news pages: `iso-8859-1` and
/// `us-ascii` labels mean windows-1252 (pages so labelled use its 0x80–0x9F letters), and an
/// ASCII-compatible page declaring UTF-16 in a meta tag is UTF-8.
enum CharsetLabel {
    private static let aliases: [String: String] = [
        "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unicode20utf8": "utf-8",
        "cp1256": "windows-1256", "x-cp1256": "windows-1256", "ms-arab": "windows-1256",
        "arabic": "iso-8859-6", "iso8859-6": "iso-8859-6", "iso_8859-6": "iso-8859-6",
        "iso-ir-127": "iso-8859-6", "asmo-708": "iso-8859-6", "ecma-114": "iso-8859-6",
        "csisolatinarabic": "iso-8859-6", "iso-8859-6-i": "iso-8859-6", "iso-8859-6-e": "iso-8859-6",
        "iso-8859-1": "windows-1252", "iso8859-1": "windows-1252", "iso_8859-1": "windows-1252",
        "latin1": "windows-1252", "l1": "windows-1252", "us-ascii": "windows-1252",
        "ascii": "windows-1252", "cp1252": "windows-1252", "x-cp1252": "windows-1252",
        "cp819": "windows-1252", "ibm819": "windows-1252",
        "utf-16": "utf-16le", "unicode": "utf-16le", "ucs-2": "utf-16le",
        "gb2312": "gbk", "x-gbk": "gbk", "sjis": "shift_jis", "x-sjis": "shift_jis",
    ]

    /// The canonical lowercase name for `label`, or nil when it is not a plausible charset name.
    static func canonical(_ label: String) -> String? {
        let trimmed = label.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "\"'")))
            .lowercased()
        guard !trimmed.isEmpty, trimmed.count <= 40,
            trimmed.unicodeScalars.allSatisfy({ allowed.contains($0) })
        else { return nil }
        return aliases[trimmed] ?? trimmed
    }

    /// The `charset` parameter of a Content-Type value or a meta `content` attribute.
    static func parameter(in value: String) -> String? {
        let lower = value.lowercased()
        guard let range = lower.range(of: "charset") else { return nil }
        var rest = lower[range.upperBound...].drop(while: { $0 == " " || $0 == "\t" })
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop(while: { $0 == " " || $0 == "\t" || $0 == "\"" || $0 == "'" })
        let name = rest.prefix(while: { !";,\"' \t".contains($0) })
        return name.isEmpty ? nil : String(name)
    }

    private static let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789-_.:".unicodeScalars)
}
