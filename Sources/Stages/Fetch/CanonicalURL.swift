import Foundation

/// The form of an http(s) URL that ids are made from, so that one article reached by
/// several spellings of its address is fetched and kept once.
///
/// Lowercases the scheme and host, drops the default port, the fragment, tracking parameters
/// (`utm_*`, `fbclid`, `gclid` …) and a trailing slash after a non-empty path, sorts the
/// remaining query parameters (stable, so repeated keys keep their order) and uppercases
/// percent-escapes. The page is still fetched at the URL as written: the canonical form only
/// names it.
enum CanonicalURL {
    static func of(_ text: String) -> String {
        guard var parts = URLComponents(string: text), let scheme = parts.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parts.host, !host.isEmpty
        else { return text }
        parts.scheme = scheme
        parts.host = host.lowercased()
        if (scheme == "http" && parts.port == 80) || (scheme == "https" && parts.port == 443) { parts.port = nil }
        parts.fragment = nil
        var path = upperEscapes(parts.percentEncodedPath)
        if path.isEmpty { path = "/" }
        if path.count > 1, path.hasSuffix("/") { path.removeLast() }
        parts.percentEncodedPath = path
        if let query = parts.percentEncodedQuery {
            let kept = query.split(separator: "&", omittingEmptySubsequences: true)
                .map { upperEscapes(String($0)) }
                .filter { !isTracking(String($0.prefix { $0 != "=" })) }
            let sorted = kept.enumerated().sorted { a, b in
                let (ka, kb) = (a.element.prefix { $0 != "=" }, b.element.prefix { $0 != "=" })
                return ka == kb ? a.offset < b.offset : ka < kb
            }.map(\.element)
            parts.percentEncodedQuery = sorted.isEmpty ? nil : sorted.joined(separator: "&")
        }
        return parts.string ?? text
    }

    private static let trackingNames: Set<String> = [
        "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "igshid", "mc_cid", "mc_eid",
        "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "at_medium", "at_campaign",
    ]

    private static func isTracking(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasPrefix("utm_") || trackingNames.contains(lower)
    }

    /// `%2f` → `%2F`: escapes differ only in case are the same character (RFC 3986 §6.2.2.1).
    private static func upperEscapes(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var scalars = Array(text.unicodeScalars)
        var i = 0
        while i + 2 < scalars.count {
            if scalars[i] == "%" {
                scalars[i + 1] = upper(scalars[i + 1])
                scalars[i + 2] = upper(scalars[i + 2])
                i += 3
            } else {
                i += 1
            }
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    private static func upper(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        ("a"..."f").contains(scalar) ? Unicode.Scalar(scalar.value - 32)! : scalar
    }
}
